namespace Vigil.Domain.Incidents;

public enum IncidentDecisionKind
{
    Nothing,
    Open,
    Attach,
}

/// <summary>What to do with an alert: open an incident (with the rule's severity), attach to an open one, or nothing.</summary>
public sealed record IncidentDecision(IncidentDecisionKind Kind, Guid? IncidentId = null, string? RuleName = null, IncidentSeverity Severity = IncidentSeverity.Medium)
{
    public static IncidentDecision Nothing { get; } = new(IncidentDecisionKind.Nothing);
}
