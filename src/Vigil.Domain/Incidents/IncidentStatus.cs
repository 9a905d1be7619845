namespace Vigil.Domain.Incidents;

/// <summary>Where an incident stands; <see cref="IncidentWorkflow"/> says which steps are allowed.</summary>
public enum IncidentStatus
{
    New,
    Investigating,
    Contained,
    Eradicated,
    Closed,
}
