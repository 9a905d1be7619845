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
    /// <paramref name="created"/> is the identifier lookup a computer created from this report was matched with.
    private async Task<bool> ResolveAsync(Computer computer, ComputerSource? current, Prepared report, Guid? reportedUnit, IdentifierLookup? created, CancellationToken ct)
    {
        var known = new SourceSnapshot(report.Source, report.SourceKey, current?.ObservedAt ?? report.ObservedAt, report.Snapshot);
        var resolved = await _resolver.ResolveAsync(computer, known, ct);
        if (!await AddIdentifiersAsync(computer, report, created, ct))
        {
            return false;
        }

        var claim = reportedUnit is { } unit ? new UnitClaim(report.Source, report.SourceKey, unit) : null;
        await _resolver.UpdateConflictsAsync(computer, resolved?.Conflicts ?? [], claim, ct);
        return true;
    }

    private async Task<bool> AddIdentifiersAsync(Computer computer, Prepared report, IdentifierLookup? created, CancellationToken ct)
    {
        // A new computer's unit is the reported one, so the lookup it was matched with has exactly these keys. An
        // identifier another report inserts in between still fails this one's insert (the key is unique): it retries.
        var keys = created?.Keys ?? IdentityKeys.Of(report.Snapshot, computer.UnitId);
        if (keys.Count == 0)
        {
            return true;
        }

        var values = keys.Select(k => k.Value).ToList();
        var taken = created?.Found ?? await IngestQueries.IdentifiersAsync(db, values, ct);
        var isNew = db.StateOf(computer) == EntityState.Added;
        if (isNew && taken.Exists(t => keys.Contains((t.Kind, t.Value)) && (report.Source != InventorySource.Import || t.UnitId == computer.UnitId)))
        {
            return false;
        }

        // Identifiers already in this unit of work (an import adds many reports' before one save); keys are distinct.
        var tracked = db.Tracked<ComputerIdentifier>();
        foreach (var (kind, value) in keys)
        {
            // An identifier already pointing at another computer stays there; merging two records is a person's call.
            if (!taken.Exists(t => t.Kind == kind && t.Value == value) && !tracked.Exists(i => i.Kind == kind && i.Value == value))
            {
                db.ComputerIdentifiers.Add(new ComputerIdentifier { Kind = kind, Value = value, ComputerId = computer.Id, UnitId = computer.UnitId });
            }
        }

        return true;
    }

    /// <summary>The stored identifiers that carry any of the report's identifier values, keyed for the reported unit.</summary>
    private async Task<IdentifierLookup> LookUpIdentifiersAsync(Prepared report, Guid? unitId, CancellationToken ct)
    {
        var keys = IdentityKeys.Of(report.Snapshot, unitId);
        if (keys.Count == 0)
        {
            return new IdentifierLookup(unitId, keys, []);
        }

        var values = keys.Select(k => k.Value).ToList();
        var found = await IngestQueries.IdentifiersAsync(db, values, ct);
        return new IdentifierLookup(unitId, keys, found);
    }

    /// <summary>The best match by trust order. A sheet speaks for its own unit only, so imports match within it.</summary>
    private async Task<Computer?> MatchAsync(Prepared report, IdentifierLookup lookup, CancellationToken ct)
    {
        var best = lookup.Found
            .Where(i => lookup.Keys.Contains((i.Kind, i.Value)))
            .Where(i => report.Source != InventorySource.Import || i.UnitId == lookup.UnitId)
            .OrderBy(i => i.Kind)
            .FirstOrDefault();
        return best is null ? null : await db.Computers.FirstAsync(c => c.Id == best.ComputerId, ct);
    }

    internal static string Label(InventorySource source) => source.ToString().ToLowerInvariant();
}
