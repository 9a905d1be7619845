namespace Vigil.Contracts.V1;

/// <summary>
/// A remediation item with its asset, unit and rule. <paramref name="CurrentVerdict"/> is the computer's current
/// status for the rule, so a "done" item still failing stands out; <paramref name="Overdue"/> compares the due day
/// with today for open items. The asset is a computer (<paramref name="AssetKind"/> "computer",
/// <paramref name="ComputerId"/> set) or a network device ("network_device", <paramref name="NetworkDeviceId"/> set,
/// <paramref name="Hostname"/> its hostname and <paramref name="DeviceModel"/> its vendor and model).
/// </summary>
public sealed record RemediationItemDto(
    Guid Id,
    Guid? ComputerId,
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
    DateTime? ClosedAt,
    Guid? NetworkDeviceId = null,
    string AssetKind = RemediationAssetKinds.Computer,
    string? DeviceModel = null);

/// <summary>The values of <see cref="RemediationItemDto.AssetKind"/>.</summary>
public static class RemediationAssetKinds
{
    public const string Computer = "computer";

    public const string NetworkDevice = "network_device";
}

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
