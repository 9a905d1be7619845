using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

internal sealed partial class InventoryIngestService
{
    private const string SourcesAgree = "sources agree";

    /// <summary>
    /// Re-resolves the computer's facts from all its sources and brings identifiers and conflicts up to date. False
    /// when a new computer turns out to be one that a concurrent report has just created: the caller starts over.
    /// </summary>
    private async Task<bool> ResolveAsync(Computer computer, ComputerSource? current, Prepared report, Guid? reportedUnit, CancellationToken ct)
    {
        var currentId = current?.Id;
        var others = await db.ComputerSources.AsNoTracking()
            .Where(s => s.ComputerId == computer.Id && s.Id != currentId && !(s.Source == report.Source && s.SourceKey == report.SourceKey))
            .Select(s => new { s.Source, s.SourceKey, s.ObservedAt, s.SnapshotJson })
            .ToListAsync(ct);
        var snapshots = others
            .Select(o => new SourceSnapshot(o.Source, o.SourceKey, o.ObservedAt, SnapshotJson.Deserialize(o.SnapshotJson)))
            .Append(new SourceSnapshot(report.Source, report.SourceKey, current?.ObservedAt ?? report.ObservedAt, report.Snapshot))
            .ToList();

        var pins = ComputerPins.Parse(computer.Pins);
        var resolved = ComputerFacts.Resolve(snapshots, pins);
        ComputerRecord.Apply(computer, resolved, snapshots.Select(s => s.Source));
        if (!await AddIdentifiersAsync(computer, report, ct))
        {
            return false;
        }

        await UpdateConflictsAsync(computer, resolved.Conflicts, report, reportedUnit, ct);
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

    private async Task UpdateConflictsAsync(Computer computer, IReadOnlyList<FieldConflict> found, Prepared report, Guid? reportedUnit, CancellationToken ct)
    {
        var open = await db.ComputerConflicts.Where(c => c.ComputerId == computer.Id && c.ResolvedAt == null).ToListAsync(ct);
        var now = Now;
        var wanted = found.Select(f => (f.Field, Values: Describe(f.Values))).ToList();
        if (reportedUnit is { } unit && unit != computer.UnitId)
        {
            var codes = await db.Units.Where(u => u.Id == unit || u.Id == computer.UnitId).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
            wanted.Add(("unit", string.Create(CultureInfo.InvariantCulture,
                $"{Label(report.Source)} ({report.SourceKey}): {codes.GetValueOrDefault(unit)}\nvigil: {codes.GetValueOrDefault(computer.UnitId)}")));
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
        foreach (var stale in open.Where(c => c.Field != "unit" && !wanted.Exists(w => w.Field == c.Field)).ToList())
        {
            stale.ResolvedAt = now;
            stale.ResolvedBy = SourcesAgree;
            open.Remove(stale);
        }

        computer.OpenConflicts = open.Count;
    }

    private static string Describe(IReadOnlyList<ConflictingValue> values) =>
        string.Join('\n', values.Select(v => Label(v.Source) + " (" + v.SourceKey + "): " + v.Value));

    internal static string Label(InventorySource source) => source.ToString().ToLowerInvariant();
}
