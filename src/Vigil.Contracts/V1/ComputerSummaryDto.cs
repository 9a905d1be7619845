namespace Vigil.Contracts.V1;

/// <summary>A computer as the inventory list shows it: resolved facts, freshness and open conflicts.</summary>
public sealed record ComputerSummaryDto(
    Guid Id,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    string Hostname,
    string OsFamily,
    string? OsRelease,
    string? OsName,
    string? CpuModel,
    int? RamMb,
    string? DiskSummary,
    long? LargestSsdGb,
    string? Owner,
    bool IsPersonal,
    IReadOnlyList<string> Sources,
    DateTime ObservedAt,
    bool IsStale,
    bool IsUnsupported,
    int OpenConflicts);
