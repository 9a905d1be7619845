using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A report in canonical form. Its hash and stored JSON are each computed once, when first needed: an unchanged
/// re-report needs only the hash, which is streamed without building the JSON; a report from a new source needs both,
/// and asking for the JSON first serializes the snapshot once for the two (the software list makes that the larger
/// part of serializing).
/// </summary>
internal sealed record Prepared(
    InventorySource Source,
    string SourceKey,
    DateTime ObservedAt,
    InventorySnapshot Snapshot,
    string? UnitHint,
    Guid? UnitId)
{
    private string? _hash;

    private string? _json;

    public string Hash => _hash ??= SnapshotJson.Hash(Snapshot);

    public string Json
    {
        get
        {
            if (_json is null)
            {
                (_json, var hash) = SnapshotJson.Serialize(Snapshot);
                _hash ??= hash;
            }

            return _json;
        }
    }

    public static Prepared Of(InventoryReport report)
    {
        var snapshot = SnapshotCanonical.Of(report.Snapshot);
        var observed = DateTime.SpecifyKind(report.ObservedAt.ToUniversalTime(), DateTimeKind.Utc);
        return new Prepared(report.Source, report.SourceKey.Trim(), observed, snapshot, report.UnitHint, report.UnitId);
    }
}
