namespace Vigil.Domain.Incidents;

/// <summary>
/// When an alert opens an incident. All set conditions must hold; the first matching rule (in configuration order)
/// decides the severity.
/// </summary>
public sealed record IncidentRule
{
    public string Name { get; init; } = "";

    /// <summary>Only hits of indicators whose action is "block".</summary>
    public bool RequireBlockAction { get; init; }

    /// <summary>Only hits tied to a known computer.</summary>
    public bool RequireKnownComputer { get; init; }

    /// <summary>At least this many hits in the alert.</summary>
    public int MinimumCount { get; init; } = 1;

    /// <summary>Limit to these indicator types (empty: any).</summary>
    public IReadOnlyList<string> IndicatorTypes { get; init; } = [];

    public IncidentSeverity Severity { get; init; } = IncidentSeverity.High;

    public bool Matches(AlertFacts alert) =>
        (!RequireBlockAction || alert.BlockAction)
        && (!RequireKnownComputer || alert.ComputerId is not null)
        && alert.Count >= MinimumCount
        && (IndicatorTypes.Count == 0 || IndicatorTypes.Contains(alert.IndicatorType, StringComparer.OrdinalIgnoreCase));
}
