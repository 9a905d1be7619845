namespace Vigil.Contracts.V1;

/// <summary>One line of an import report: where, what happened, why.</summary>
public sealed record ImportLineDto(string File, int? Line, string? Path, string Outcome, string Code, string? Reason, string? Raw, string? Type, string? Value);

/// <summary>A warninglist hit: <c>Overridable</c> is false for kill switches.</summary>
public sealed record IndicatorWarningDto(string Code, string Reason, bool Overridable);

/// <summary>A value an import would store, with its warnings and whether it already exists in the unit.</summary>
public sealed record ImportValueDto(string Type, string Value, string Action, bool Exists, bool Revoked, List<IndicatorWarningDto> Warnings, bool Overridden);

/// <summary>Per file: detected format and counts.</summary>
public sealed record ImportFileDto(string File, string Format, int Imported, int Skipped, int Rejected);

/// <summary>A dry run or a commit. <c>BatchId</c> is set when committed.</summary>
public sealed record ImportResultDto(
    Guid UnitId, bool Committed, Guid? BatchId, List<ImportFileDto> Files, int Imported, int Skipped, int Rejected, int Created, int Merged,
    int Flagged, List<ImportValueDto> Values, List<ImportLineDto> Lines);

/// <summary>Block a flagged value despite its warnings: the reason is required and recorded with the caller's name.</summary>
public sealed record OverrideRequestDto(string Type, string Value, string? Reason);

public sealed record IndicatorSummaryDto(
    Guid Id, Guid UnitId, string Type, string Value, string? Family, List<string> Sources, string Action, bool AlertOnlyPinned, DateTime? Expiry,
    bool Expired, bool Revoked, bool Flagged, bool KillSwitch, bool Enforced, List<string> WarningCodes, DateTime UpdatedAt);

public sealed record IndicatorPageDto(int Total, int Page, int PageSize, List<IndicatorSummaryDto> Items);

public sealed record IndicatorOverrideDto(Guid Id, List<string> Codes, string Reason, string By, DateTime At);

public sealed record IndicatorHistoryDto(DateTime At, string Actor, string Action, string? Before, string? After);

public sealed record IndicatorDetailDto(
    IndicatorSummaryDto Indicator, List<string> Tags, string? Description, DateTime? FirstSeen, DateTime? LastSeen, int? Confidence, string? Tlp,
    string? RevokedBy, string? RevokeReason, DateTime? RevokedAt, List<IndicatorWarningDto> Warnings, List<IndicatorOverrideDto> Overrides,
    List<PackSummaryDto> Packs, List<IndicatorHistoryDto> History);

/// <summary>Edit: any field left null stays as it is. <c>ClearExpiry</c> removes the expiry.</summary>
public sealed record IndicatorEditDto(string? Action, bool? AlertOnlyPinned, DateTime? Expiry, bool? ClearExpiry);

public sealed record IndicatorRevokeDto(string? Reason);

public sealed record ImportBatchDto(Guid Id, Guid UnitId, List<string> Files, List<string> Formats, int Imported, int Skipped, int Rejected, int Created, int Merged, DateTime CreatedAt, string CreatedBy);

public sealed record ImportBatchDetailDto(ImportBatchDto Batch, List<ImportLineDto> Lines);

/// <summary>
/// A new pack: its indicators are the listed ids, or those of an import batch, or every indicator of the owning unit
/// matching the search fields. It is a draft until published.
/// </summary>
public sealed record PackCreateDto(
    Guid UnitId, Guid TargetUnitId, string? Key, string? Name, string? Family, string? Attribution, Guid? DirectiveId,
    List<Guid>? IndicatorIds, Guid? BatchId, string? SearchFamily, string? SearchSource);

/// <summary>Publish a built-in pack (<c>wannacry</c>): its indicators are imported into the unit, with attribution.</summary>
public sealed record BuiltInPackDto(string PackId, Guid UnitId, Guid TargetUnitId, Guid? DirectiveId);

public sealed record PackSummaryDto(
    Guid Id, Guid UnitId, Guid TargetUnitId, string Key, string Name, string? Family, int Version, int Indicators, DateTime? PublishedAt, Guid? DirectiveId, bool Manageable);

public sealed record PackDeploymentDto(Guid Id, Guid UnitId, string Kind, string Location, string? Note, DateTime DeployedAt, string RecordedBy, DateTime RecordedAt);

public sealed record PackUnitStatusDto(Guid UnitId, string UnitCode, string UnitName, bool Deployed, DateTime? LastDeployedAt, string? LastBy, string? LastLocation);

public sealed record PackDetailDto(PackSummaryDto Pack, List<string> Attribution, List<IndicatorSummaryDto> Indicators, List<PackUnitStatusDto> Units, List<PackDeploymentDto> Deployments);

/// <summary>Record a deployment for <c>UnitId</c> (one of your units inside the pack's subtree). Kind: firewall, ids, dns, endpoint.</summary>
public sealed record PackDeploymentWriteDto(Guid UnitId, string? Kind, string? Location, string? Note, DateTime? DeployedAt);

/// <summary>Feed token: a pack, or every enforced indicator visible to the unit when <c>PackId</c> is null.</summary>
public sealed record FeedTokenCreateDto(Guid UnitId, string? Name, Guid? PackId);

public sealed record FeedTokenDto(Guid Id, Guid UnitId, string Name, string Prefix, Guid? PackId, DateTime CreatedAt, string CreatedBy, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>The secret is shown once; the URLs are ready to paste into a firewall, one per single-file format.</summary>
public sealed record FeedTokenCreatedDto(FeedTokenDto Token, string Secret, Dictionary<string, string> Urls);
