namespace Vigil.Contracts.V1;

/// <summary>
/// Everything Vigil knows about one computer: each resolved fact with the source it came from and when that source
/// last saw the machine, each source's latest full report, and the conflicts between sources.
/// </summary>
public sealed record ComputerDetailDto(
    ComputerSummaryDto Summary,
    string UnitTimeZone,
    DateTime FirstSeenAt,
    IReadOnlyList<ComputerFactDto> Facts,
    IReadOnlyList<ComputerSourceDto> Sources,
    IReadOnlyList<ComputerConflictDto> Conflicts,
    bool CanEdit);

/// <summary>One resolved fact; <paramref name="Source"/> is null for records that no source has reported yet.</summary>
public sealed record ComputerFactDto(string Field, string? Value, string? Source, DateTime? ObservedAt, bool Pinned);

/// <summary>One source's latest report of the computer.</summary>
public sealed record ComputerSourceDto(string Source, string SourceKey, DateTime FirstSeenAt, DateTime ObservedAt, ComputerSnapshotDto Snapshot);
