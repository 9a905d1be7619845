namespace Vigil.Contracts.V1;

/// <summary>A report no unit could be found for (e.g. an OCS TAG that matches no unit code).</summary>
public sealed record UnassignedReportDto(
    Guid Id,
    string Source,
    string SourceKey,
    string? UnitHint,
    string? Hostname,
    string? OsName,
    DateTime FirstSeenAt,
    DateTime ObservedAt,
    int Reports);

public sealed record UnassignedAssignDto(Guid UnitId);

/// <summary>The computer the assigned report became (or was merged into).</summary>
public sealed record UnassignedAssignedDto(Guid ComputerId, string Status);
