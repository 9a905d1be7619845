namespace Vigil.Domain.Indicators.Export;

/// <summary>What every exporter needs besides the indicators.</summary>
public sealed record IndicatorExportOptions
{
    /// <summary>The moment the file is generated: indicators whose expiry is at or before it are left out.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>
    /// The base name of sets, lists, ACLs and zones the target will hold ("vigil-block"); exporters restrict it to the
    /// characters their target accepts.
    /// </summary>
    public string Name { get; init; } = "vigil";

    /// <summary>
    /// Whether alert-only indicators go into block lists. Never for enforcement targets: a kill-switch domain must keep
    /// resolving. IDS formats write alert-only indicators as alert rules regardless.
    /// </summary>
    public bool IncludeAlertOnlyInLists { get; init; }
}
