using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>A report in canonical form with its stored JSON and hash, computed once before any database work.</summary>
internal sealed record Prepared(
    InventorySource Source,
    string SourceKey,
    DateTime ObservedAt,
    InventorySnapshot Snapshot,
    string Json,
    string Hash,
    string? UnitHint,
    Guid? UnitId)
{
    public static Prepared Of(InventoryReport report)
    {
        var snapshot = SnapshotCanonical.Of(report.Snapshot);
        var (json, hash) = SnapshotJson.Serialize(snapshot);
        var observed = DateTime.SpecifyKind(report.ObservedAt.ToUniversalTime(), DateTimeKind.Utc);
        return new Prepared(report.Source, report.SourceKey.Trim(), observed, snapshot, json, hash, report.UnitHint, report.UnitId);
    }
}
