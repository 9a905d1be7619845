using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A report in canonical form with its hash, computed once before any database work. The stored JSON is built only
/// when a report is stored: an unchanged re-report never needs it.
/// </summary>
internal sealed record Prepared(
    InventorySource Source,
    string SourceKey,
    DateTime ObservedAt,
    InventorySnapshot Snapshot,
    string Hash,
    string? UnitHint,
    Guid? UnitId)
{
    private string? _json;

    public string Json => _json ??= SnapshotJson.ToJson(Snapshot);

    public static Prepared Of(InventoryReport report)
    {
        var snapshot = SnapshotCanonical.Of(report.Snapshot);
        var observed = DateTime.SpecifyKind(report.ObservedAt.ToUniversalTime(), DateTimeKind.Utc);
        return new Prepared(report.Source, report.SourceKey.Trim(), observed, snapshot, SnapshotJson.Hash(snapshot), report.UnitHint, report.UnitId);
    }
}
