using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

internal sealed partial class InventoryIngestService
{
    /// <summary>
    /// Re-resolves the computer's facts from all its sources and brings identifiers and conflicts up to date. False
    /// when a new computer turns out to be one that a concurrent report has just created: the caller starts over.
    /// </summary>
    private async Task<bool> ResolveAsync(Computer computer, ComputerSource? current, Prepared report, Guid? reportedUnit, CancellationToken ct)
    {
        var known = new SourceSnapshot(report.Source, report.SourceKey, current?.ObservedAt ?? report.ObservedAt, report.Snapshot);
        var resolved = await _resolver.ResolveAsync(computer, known, ct);
        if (!await AddIdentifiersAsync(computer, report, ct))
        {
            return false;
        }

        var claim = reportedUnit is { } unit ? new UnitClaim(report.Source, report.SourceKey, unit) : null;
        await _resolver.UpdateConflictsAsync(computer, resolved?.Conflicts ?? [], claim, ct);
        return true;
    }

    private async Task<bool> AddIdentifiersAsync(Computer computer, Prepared report, CancellationToken ct)
    {
        var keys = IdentityKeys.Of(report.Snapshot, computer.UnitId);
        if (keys.Count == 0)
        {
            return true;
        }

        var values = keys.Select(k => k.Value).ToList();
        var taken = await db.ComputerIdentifiers.Where(i => values.Contains(i.Value)).Select(i => new { i.Kind, i.Value, i.UnitId }).ToListAsync(ct);
        var isNew = db.Entry(computer).State == EntityState.Added;
        if (isNew && taken.Exists(t => keys.Contains((t.Kind, t.Value)) && (report.Source != InventorySource.Import || t.UnitId == computer.UnitId)))
        {
            return false;
        }

        foreach (var (kind, value) in keys)
        {
            // An identifier already pointing at another computer stays there; merging two records is a person's call.
            if (!taken.Exists(t => t.Kind == kind && t.Value == value) &&
                db.ComputerIdentifiers.Local.All(i => i.Kind != kind || i.Value != value))
            {
                db.ComputerIdentifiers.Add(new ComputerIdentifier { Kind = kind, Value = value, ComputerId = computer.Id, UnitId = computer.UnitId });
            }
        }

        return true;
    }

    internal static string Label(InventorySource source) => source.ToString().ToLowerInvariant();
}
