using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.InventoryImport;

public sealed partial class InventoryImportService
{
    // Lists of keys are sent to the database in slices, so that 20 000 rows never make one huge statement.
    private const int Slice = 500;

    private async Task<InventoryImportPlan> PlanAsync(InventorySheetParseResult parsed, CancellationToken ct)
    {
        var units = await WritableUnitsAsync(parsed.UnitReferences.Select(r => r.UnitCode).Distinct().ToList(), ct);
        if (!parsed.IsValid || parsed.UnitReferences.Any(r => !units.ContainsKey(r.UnitCode)))
        {
            // The plan will hold only errors; nothing else needs reading.
            return InventoryImportPlan.Build(parsed, units, [], (_, _) => ImportAction.New);
        }

        var unitIds = parsed.NetworkDevices.Select(d => units[d.UnitCode]).Distinct().ToList();
        var devices = new List<Domain.Assets.NetworkDevice>();
        foreach (var slice in unitIds.Chunk(Slice))
        {
            devices.AddRange(await db.NetworkDevices.Where(d => slice.Contains(d.UnitId)).ToListAsync(ct));
        }

        var classify = await ComputerClassifierAsync(parsed, units, ct);
        return InventoryImportPlan.Build(parsed, units, devices, classify);
    }

    /// <summary>
    /// The units among <paramref name="codes"/> that the caller may change. A unit that exists but is someone
    /// else's is left out exactly like one that does not exist, so the answer reveals nothing about it.
    /// </summary>
    private async Task<Dictionary<string, Guid>> WritableUnitsAsync(List<string> codes, CancellationToken ct)
    {
        var units = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var slice in codes.Chunk(Slice))
        {
            var found = await db.Units.Where(u => slice.Contains(u.Code)).Select(u => new { u.Code, u.Id }).ToListAsync(ct);
            foreach (var unit in found.Where(u => db.Access.Scope.CanWrite(u.Id)))
            {
                units[unit.Code.ToUpperInvariant()] = unit.Id;
            }
        }

        return units;
    }

    /// <summary>
    /// Tells for each computer row what the ingest will do: unchanged when this sheet's record for the machine holds
    /// the same snapshot; updated when it holds another, or when no record exists yet but the row's serial, UUID,
    /// MAC or name already identifies a computer of the unit (the sheet then becomes one more source of it); new
    /// otherwise.
    /// </summary>
    private async Task<Func<ComputerSheetRow, Guid, ImportAction>> ComputerClassifierAsync(
        InventorySheetParseResult parsed, Dictionary<string, Guid> units, CancellationToken ct)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slice in parsed.Computers.Select(c => c.SourceKey).Chunk(Slice))
        {
            var found = await db.ComputerSources
                .Where(s => s.Source == InventorySource.Import && slice.Contains(s.SourceKey))
                .Select(s => new { s.SourceKey, s.SnapshotHash })
                .ToListAsync(ct);
            foreach (var source in found)
            {
                hashes[source.SourceKey] = source.SnapshotHash;
            }
        }

        var keysOfNewRecords = parsed.Computers
            .Where(c => !hashes.ContainsKey(c.SourceKey))
            .SelectMany(c => IdentityKeys.Of(c.Snapshot, units[c.UnitCode]).Select(k => k.Value))
            .Distinct()
            .ToList();
        var known = new HashSet<(IdentityKind, string, Guid)>();
        foreach (var slice in keysOfNewRecords.Chunk(Slice))
        {
            var found = await db.ComputerIdentifiers.Where(i => slice.Contains(i.Value)).Select(i => new { i.Kind, i.Value, i.UnitId }).ToListAsync(ct);
            known.UnionWith(found.Select(i => (i.Kind, i.Value, i.UnitId)));
        }

        var now = Now;
        return (row, unitId) =>
        {
            if (hashes.TryGetValue(row.SourceKey, out var hash))
            {
                return Prepared.Of(ReportOf(row, unitId, now)).Hash == hash ? ImportAction.Unchanged : ImportAction.Updated;
            }

            // A sheet speaks only for its unit, so only identifiers within the unit count (as the ingest matches).
            return IdentityKeys.Of(row.Snapshot, unitId).Exists(k => known.Contains((k.Kind, k.Value, unitId))) ? ImportAction.Updated : ImportAction.New;
        };
    }

    private static InventoryReport ReportOf(ComputerSheetRow row, Guid unitId, DateTime observedAt) =>
        new(InventorySource.Import, row.SourceKey, observedAt, row.Snapshot, row.UnitCode, unitId);
}
