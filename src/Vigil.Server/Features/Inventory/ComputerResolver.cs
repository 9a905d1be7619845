using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// The one resolution of a computer: reads every source's latest snapshot (including sources added or changed in this
/// unit of work and not yet saved), weighs them with the person's pins (<see cref="ComputerFacts"/>), copies the result
/// onto the computer's columns and brings its conflicts up to date. The ingest calls it for each stored report;
/// people's decisions (a chosen source, an owner typed in, a unit move) call it without a report.
/// </summary>
/// <remarks>It reads and writes within the caller's scope; the ingest elevates before calling it, people do not.</remarks>
internal sealed class ComputerResolver(VigilDbContext db, TimeProvider clock)
{
    public const string SourcesAgree = "sources agree";

    /// <summary>
    /// Re-resolves and applies the facts. <paramref name="known"/> is a snapshot the caller already holds (the report
    /// being stored), so its JSON is not read back. Null when the computer has no source that observed it (a record
    /// from before per-source snapshots): its columns are then left as they are but for the people's facts.
    /// </summary>
    public async Task<ResolvedComputer?> ResolveAsync(Computer computer, SourceSnapshot? known, CancellationToken ct)
    {
        var snapshots = await SnapshotsAsync(computer.Id, known, IsUnsaved(computer), ct);
        var pins = ComputerPins.Parse(computer.Pins);
        ResolvedComputer? resolved = null;
        if (!snapshots.Exists(s => s.Source != InventorySource.Manual))
        {
            ApplyPeopleFactsOnly(computer, snapshots);
        }
        else
        {
            resolved = ComputerFacts.Resolve(snapshots, pins);
            ComputerRecord.Apply(computer, resolved, snapshots.Select(s => s.Source));
        }

        await Compliance.ComplianceHook.AfterResolveAsync(db, computer, ct);
        return resolved;
    }

    /// <summary>Re-resolves after a person's decision and updates the open conflicts; the caller saves.</summary>
    public async Task ReresolveAsync(Computer computer, CancellationToken ct)
    {
        var resolved = await ResolveAsync(computer, null, ct);
        await UpdateConflictsAsync(computer, resolved?.Conflicts ?? [], null, ct);
    }

    /// <summary>
    /// Opens a conflict for each disagreement found (and for a source placing the computer in another unit), updates
    /// the values of those still open, and closes field conflicts whose sources have come to agree.
    /// </summary>
    public async Task UpdateConflictsAsync(Computer computer, IReadOnlyList<FieldConflict> found, UnitClaim? claim, CancellationToken ct)
    {
        // Filtered again in memory: a conflict a person has just resolved in this unit of work is still open in the
        // database. A computer not yet saved has none stored.
        var open = IsUnsaved(computer)
            ? []
            : (await db.ComputerConflicts.Where(c => c.ComputerId == computer.Id && c.ResolvedAt == null).ToListAsync(ct))
                .Where(c => c.ResolvedAt is null).ToList();
        open.AddRange(db.Tracked<ComputerConflict>().Where(c => c.ComputerId == computer.Id && c.ResolvedAt is null && !open.Contains(c)));
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = found.Select(f => (f.Field, Values: Describe(f.Values))).ToList();
        if (claim is not null && claim.UnitId != computer.UnitId)
        {
            var codes = await db.Units.Where(u => u.Id == claim.UnitId || u.Id == computer.UnitId).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
            wanted.Add((UnitClaim.Field, claim.Describe(codes.GetValueOrDefault(claim.UnitId), codes.GetValueOrDefault(computer.UnitId))));
        }

        foreach (var (field, values) in wanted)
        {
            var existing = open.Find(c => c.Field == field);
            if (existing is null)
            {
                existing = new ComputerConflict { Id = Guid.CreateVersion7(), ComputerId = computer.Id, UnitId = computer.UnitId, Field = field, OpenedAt = now };
                db.ComputerConflicts.Add(existing);
                open.Add(existing);
            }

            existing.Values = values;
        }

        // A field conflict ends by itself when the sources come to agree; a unit conflict needs a person.
        foreach (var stale in open.Where(c => c.Field != UnitClaim.Field && !wanted.Exists(w => w.Field == c.Field)).ToList())
        {
            stale.ResolvedAt = now;
            stale.ResolvedBy = SourcesAgree;
            open.Remove(stale);
        }

        computer.OpenConflicts = open.Count;
    }

    /// <summary>Every source's latest snapshot of one computer, oldest source first.</summary>
    public Task<List<SourceSnapshot>> SnapshotsAsync(Guid computerId, SourceSnapshot? known, CancellationToken ct) =>
        SnapshotsAsync(computerId, known, unsaved: false, ct);

    /// <summary>As above; a computer <paramref name="unsaved"/> (added in this unit of work) has only tracked sources.</summary>
    private async Task<List<SourceSnapshot>> SnapshotsAsync(Guid computerId, SourceSnapshot? known, bool unsaved, CancellationToken ct)
    {
        var tracked = db.TrackedEntries<ComputerSource>().Where(e => e.Entity.ComputerId == computerId).ToList();
        var snapshots = unsaved ? [] : await StoredSnapshotsAsync(computerId, known, tracked.Select(e => e.Entity.Id).ToList(), ct);
        var knownIncluded = false;
        foreach (var entry in tracked.Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)))
        {
            var s = entry.Entity;
            var isKnown = known is not null && s.Source == known.Source && s.SourceKey == known.SourceKey;
            knownIncluded |= isKnown;
            snapshots.Add(new SourceSnapshot(s.Source, s.SourceKey, s.ObservedAt, isKnown ? known!.Snapshot : SnapshotJson.Deserialize(s.SnapshotJson)));
        }

        if (known is not null && !knownIncluded)
        {
            snapshots.Add(known);
        }

        return snapshots;
    }

    private async Task<List<SourceSnapshot>> StoredSnapshotsAsync(Guid computerId, SourceSnapshot? known, List<Guid> trackedIds, CancellationToken ct)
    {
        var query = db.ComputerSources.AsNoTracking().Where(s => s.ComputerId == computerId && !trackedIds.Contains(s.Id));
        if (known is not null)
        {
            query = query.Where(s => !(s.Source == known.Source && s.SourceKey == known.SourceKey));
        }

        var stored = await query.OrderBy(s => s.FirstSeenAt).ThenBy(s => s.Id)
            .Select(s => new { s.Source, s.SourceKey, s.ObservedAt, s.SnapshotJson })
            .ToListAsync(ct);
        return stored.ConvertAll(s => new SourceSnapshot(s.Source, s.SourceKey, s.ObservedAt, SnapshotJson.Deserialize(s.SnapshotJson)));
    }

    private bool IsUnsaved(Computer computer) => db.StateOf(computer) == EntityState.Added;

    private static void ApplyPeopleFactsOnly(Computer computer, List<SourceSnapshot> manual)
    {
        var said = manual.FirstOrDefault()?.Snapshot;
        if (said?.Owner is { } owner)
        {
            computer.Owner = owner;
        }

        if (said?.IsPersonal is { } personal)
        {
            computer.IsPersonal = personal;
        }
    }

    private static string Describe(IReadOnlyList<ConflictingValue> values) =>
        string.Join('\n', values.Select(v => InventoryIngestService.Label(v.Source) + " (" + v.SourceKey + "): " + v.Value));
}
