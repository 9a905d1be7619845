namespace Vigil.Domain.Incidents;

/// <summary>
/// What the alerting side knows about an alert, all an incident rule needs. Filled by the alerts feature (log hunting,
/// sensors) and handed to <see cref="IncidentRules.Decide"/>.
/// </summary>
public sealed record AlertFacts
{
    public Guid AlertId { get; init; }

    public Guid UnitId { get; init; }

    /// <summary>The known computer the hit is tied to, when the alert could name one.</summary>
    public Guid? ComputerId { get; init; }

    public string? ComputerName { get; init; }

    public string IndicatorType { get; init; } = "";

    public string IndicatorValue { get; init; } = "";

    /// <summary>True when the indicator's action is "block"; false for alert-only indicators.</summary>
    public bool BlockAction { get; init; }

    public DateTime FirstSeen { get; init; }

    public DateTime LastSeen { get; init; }

    public int Count { get; init; } = 1;

    /// <summary>A line for the timeline, e.g. "proxy.log:812 → 10.0.0.5 → evil.example".</summary>
    public string? Summary { get; init; }
}
