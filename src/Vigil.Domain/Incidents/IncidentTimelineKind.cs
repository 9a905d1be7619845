namespace Vigil.Domain.Incidents;

public enum IncidentTimelineKind
{
    Created,
    StatusChanged,
    Note,
    Alert,

    /// <summary>A step taken elsewhere and recorded here: isolation requested, applied, released, a kit issued…</summary>
    Action,
    File,
    Assigned,
    Report,
}
