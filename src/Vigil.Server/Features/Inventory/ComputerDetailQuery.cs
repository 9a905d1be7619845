using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// One computer in full: every resolved fact with the source it came from and that source's last observation
/// (re-resolved from the stored sources and pins, so the page shows exactly what the ingest decided), each source's
/// latest report, the conflicts, and the change history.
/// </summary>
public sealed class ComputerDetailQuery(VigilDbContext db, TimeProvider clock, IOptions<InventoryOptions> options, ComplianceCatalogs catalogs)
{
    public const int HistoryPageSize = 50;

    public async Task<Result<ComputerDetailDto>> GetAsync(Guid computerId, CancellationToken ct)
    {
        var computer = await db.Computers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return NotFound(computerId);
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == computer.UnitId)
            .Select(u => new InventoryUnits.Info(u.Id, u.Code, u.Name, u.TimeZone, u.Path)).FirstOrDefaultAsync(ct)
            ?? InventoryUnits.Unknown(computer.UnitId);
        var rows = await db.ComputerSources.AsNoTracking().Where(s => s.ComputerId == computerId)
            .OrderByDescending(s => s.ObservedAt).ThenBy(s => s.Source).ToListAsync(ct);
        var snapshots = rows.ConvertAll(s => new SourceSnapshot(s.Source, s.SourceKey, s.ObservedAt, SnapshotJson.Deserialize(s.SnapshotJson)));
        var pins = ComputerPins.Parse(computer.Pins);
        var resolved = snapshots.Exists(s => s.Source != InventorySource.Manual) ? ComputerFacts.Resolve(snapshots, pins) : null;

        var conflicts = await db.ComputerConflicts.AsNoTracking().Where(c => c.ComputerId == computerId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var summary = computer.ToSummary(unit, now.AddDays(-options.Value.StaleAfterDays), InventoryUnits.Today(now), catalogs.Lifecycle);
        return new ComputerDetailDto(
            summary,
            unit.TimeZone,
            computer.FirstSeenAt,
            ComputerFactRows.Of(computer, resolved, snapshots, pins),
            [.. rows.Select((s, i) => new ComputerSourceDto(
                InventoryIngestService.Label(s.Source), s.SourceKey, s.FirstSeenAt, s.ObservedAt, snapshots[i].Snapshot.ToDto()))],
            [.. conflicts.OrderBy(c => c.ResolvedAt is null ? 0 : 1).ThenByDescending(c => c.ResolvedAt ?? c.OpenedAt).Select(c => c.ToDto())],
            db.Access.Scope.CanWrite(computer.UnitId));
    }

    public async Task<Result<ComputerHistoryDto>> HistoryAsync(Guid computerId, int page, CancellationToken ct)
    {
        if (page < 1)
        {
            return Error.Validation("inventory.filter_invalid", "page must be 1 or more.", "page");
        }

        if (!await db.Computers.AnyAsync(c => c.Id == computerId, ct))
        {
            return NotFound(computerId);
        }

        var changes = db.ComputerChanges.AsNoTracking().Where(c => c.ComputerId == computerId);
        var total = await changes.CountAsync(ct);
        var rows = await changes.OrderByDescending(c => c.ObservedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * HistoryPageSize).Take(HistoryPageSize).ToListAsync(ct);
        return new ComputerHistoryDto(rows.ConvertAll(c => c.ToDto()), total, page, HistoryPageSize);
    }

    internal static Error NotFound(Guid computerId) =>
        Error.NotFound("computer.not_found", $"Computer {computerId} does not exist or is outside your scope.");
}
