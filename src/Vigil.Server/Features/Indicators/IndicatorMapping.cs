using Vigil.Contracts.V1;
using Vigil.Domain.Indicators.Stored;

namespace Vigil.Server.Features.Indicators;

internal static class IndicatorMapping
{
    public static IndicatorSummaryDto ToSummary(StoredIndicator i, DateTime nowUtc) => new(
        i.Id, i.UnitId, i.Type.ToString(), i.Value, i.Family, [.. StoredIndicator.Split(i.Sources)], i.Action.ToString(), i.AlertOnlyPinned, i.Expiry,
        i.IsExpired(nowUtc), i.RevokedAt is not null, i.Flagged, i.KillSwitch, i.IsEnforced(nowUtc), [.. i.WarningCodeList], i.UpdatedAt);

    public static PackSummaryDto ToSummary(PublishedPack p, int indicators, bool manageable) => new(
        p.Id, p.UnitId, p.TargetUnitId, p.PackKey, p.Name, p.Family, p.Version, indicators, p.PublishedAt, p.DirectiveId, manageable);

    public static ImportBatchDto ToDto(IndicatorImportBatch b) => new(
        b.Id, b.UnitId, [.. StoredIndicator.Split(b.FileNames)], [.. StoredIndicator.Split(b.Formats)], b.Imported, b.Skipped, b.Rejected, b.Created, b.Merged, b.CreatedAt, b.CreatedBy);

    public static PackDeploymentDto ToDto(PackDeployment d) => new(d.Id, d.UnitId, d.Kind, d.Location, d.Note, d.DeployedAt, d.RecordedBy, d.RecordedAt);

    public static FeedTokenDto ToDto(FeedToken t) => new(t.Id, t.UnitId, t.Name, t.Prefix, t.PackId, t.CreatedAt, t.CreatedBy, t.RevokedAt, t.LastUsedAt);
}
