namespace Vigil.Contracts.V1;

/// <summary>
/// A computer's verdicts with their evidence, its verdict history (newest first), ESU exception, retirement and
/// remediation items. <paramref name="Stored"/> is false when the verdicts were computed for another day than today.
/// </summary>
public sealed record ComputerComplianceDto(
    Guid ComputerId,
    string Hostname,
    Guid UnitId,
    DateOnly AsOf,
    bool Stored,
    string Fingerprint,
    DateTime? RetiredAt,
    Guid? ReplacedBy,
    EsuExceptionDto? Esu,
    IReadOnlyList<VerdictDto> Verdicts,
    IReadOnlyList<ComplianceChangeDto> History,
    IReadOnlyList<RemediationItemDto> Items);

public sealed record VerdictDto(
    string RuleId,
    string TitleVi,
    string TitleEn,
    string Severity,
    string Status,
    string Remediation,
    string Reason,
    IReadOnlyList<EvidenceDto> Evidence,
    DateTime? DataObservedAt,
    DateTime? Since);

/// <summary>A verdict that changed; <paramref name="OldStatus"/> is null at a computer's first evaluation.</summary>
public sealed record ComplianceChangeDto(
    Guid Id,
    DateTime At,
    DateOnly AsOf,
    string RuleId,
    string? OldStatus,
    string NewStatus,
    string Remediation,
    string Reason,
    IReadOnlyList<EvidenceDto> Evidence,
    DateTime? DataObservedAt);
