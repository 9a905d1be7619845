namespace Vigil.Contracts.V1;

/// <summary>The computers behind a number of the summary: one page of current verdicts.</summary>
public sealed record ComplianceResultListDto(IReadOnlyList<ComplianceResultRowDto> Items, int Total, int Page, int PageSize);

public sealed record ComplianceResultRowDto(
    Guid ComputerId,
    string Hostname,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    string RuleId,
    string Status,
    string Remediation,
    string Reason,
    IReadOnlyList<EvidenceDto> Evidence,
    DateTime? DataObservedAt,
    DateTime Since,
    Guid? OpenItemId,
    string? OsRelease,
    string? OsName,
    string? OpenItemStatus);

/// <summary>One fact behind a verdict, e.g. ("end_of_support", "2020-01-14").</summary>
public sealed record EvidenceDto(string Name, string Value);
