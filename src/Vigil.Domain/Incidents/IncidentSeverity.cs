namespace Vigil.Domain.Incidents;

public enum IncidentSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
