using Vigil.Domain.Documents;

namespace Vigil.Domain.Incidents;

/// <summary>Everything an incident report prints: the incident, its unit, affected assets, files, timeline and the letterhead.</summary>
public sealed record IncidentReportData
{
    public required Incident Incident { get; init; }

    public required IncidentRegulation Regulation { get; init; }

    /// <summary>The reporting unit (the incident's), printed as issuing body.</summary>
    public string UnitName { get; init; } = "";

    public string ParentBody { get; init; } = "";

    public string TimeZone { get; init; } = Organisation.UnitTree.DefaultTimeZone;

    public IReadOnlyList<IncidentAsset> Assets { get; init; } = [];

    public IReadOnlyList<IncidentFile> Files { get; init; } = [];

    public IReadOnlyList<IncidentTimelineEntry> Timeline { get; init; } = [];

    public required DocumentNumber Number { get; init; }

    public string Place { get; init; } = "";

    public DateOnly Date { get; init; }

    public required SignatureBlock Signature { get; init; }
}
