namespace Vigil.Contracts.V1;

/// <summary>
/// A remediation item with its computer, unit and rule. <paramref name="CurrentVerdict"/> is the computer's current
/// status for the rule, so a "done" item still failing stands out; <paramref name="Overdue"/> compares the due day
/// with today for open items.
/// </summary>
public sealed record RemediationItemDto(
    Guid Id,
    Guid ComputerId,
    string Hostname,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    string? RuleId,
    string? RuleTitleVi,
    string? RuleTitleEn,
    string Kind,
    string Status,
    string? Title,
    string? Reason,
    string? Owner,
    DateOnly? DueOn,
    bool Overdue,
    string? CurrentVerdict,
    Guid? ReplacementComputerId,
    string? ReplacementHostname,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    DateTime? ClosedAt);

/// <summary>One page of items with counts by status for the same filters (status filter aside).</summary>
public sealed record RemediationListDto(IReadOnlyList<RemediationItemDto> Items, int Total, int Page, int PageSize, IReadOnlyList<CountDto> ByStatus);

/// <summary>An item, its history oldest first, and the statuses a person may move it to now.</summary>
public sealed record RemediationDetailDto(RemediationItemDto Item, IReadOnlyList<RemediationEventDto> Events, IReadOnlyList<string> AllowedStatuses);

/// <summary>One step; <paramref name="Verdict"/> is the evaluation's proof for automatic steps.</summary>
public sealed record RemediationEventDto(
    Guid Id,
    DateTime At,
    string Actor,
    string Kind,
    string? FromStatus,
    string? ToStatus,
    string? Text,
    RemediationVerdictDto? Verdict);

/// <summary>The verdict an automatic step rests on: which computer, which report time, judged as of which day.</summary>
public sealed record RemediationVerdictDto(
    Guid ComputerId,
    string Hostname,
    string RuleId,
    string Status,
    string Reason,
    IReadOnlyList<EvidenceDto> Evidence,
    DateTime? DataObservedAt,
    DateOnly AsOf,
    string Fingerprint);
