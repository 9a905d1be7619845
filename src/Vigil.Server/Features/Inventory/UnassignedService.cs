using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// The queue of reports no unit could be found for. Only administrators and coordinators of a top-level unit sort
/// it (<see cref="Domain.Access.AccessScope.SortsUnassigned"/>): they assign a report to a unit they may change, which
/// ingests its stored snapshot there, or discard it.
/// </summary>
public sealed class UnassignedService(VigilDbContext db, IInventoryIngest ingest)
{
    public const int MaxListed = 500;

    public async Task<Result<List<UnassignedReportDto>>> ListAsync(CancellationToken ct)
    {
        if (!db.Access.Scope.SortsUnassigned)
        {
            return Forbidden();
        }

        var rows = await db.UnassignedReports.AsNoTracking().OrderByDescending(r => r.ObservedAt).ThenBy(r => r.Id).Take(MaxListed).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToDto());
    }

    public async Task<Result<UnassignedAssignedDto>> AssignAsync(Guid reportId, Guid unitId, CancellationToken ct)
    {
        if (!db.Access.Scope.SortsUnassigned)
        {
            return Forbidden();
        }

        var row = await db.UnassignedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (row is null)
        {
            return NotFound(reportId);
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return Error.NotFound("unit.not_found", $"Unit {unitId} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(unitId))
        {
            return Error.Forbidden("unassigned.unit_forbidden", "You may not add computers to this unit.");
        }

        var report = new InventoryReport(row.Source, row.SourceKey, row.ObservedAt, SnapshotJson.Deserialize(row.SnapshotJson), row.UnitHint, unitId);
        var outcome = await ingest.IngestAsync(report, null, ct);
        if (!outcome.IsSuccess)
        {
            return outcome.Error!;
        }

        // A stored report deletes its queue row itself; an unchanged one (the source is already known) leaves it.
        await db.UnassignedReports.Where(r => r.Id == reportId).ExecuteDeleteAsync(ct);
        db.AddAuditEvent("inventory_assigned", nameof(UnassignedReport), reportId.ToString(), unitId,
            $"{InventoryIngestService.Label(row.Source)} {row.SourceKey} ({row.Hostname}) → computer {outcome.Value!.ComputerId}");
        await db.SaveChangesAsync(ct);
        return new UnassignedAssignedDto(outcome.Value.ComputerId!.Value, outcome.Value.Status.ToString());
    }

    public async Task<Result<UnassignedReportDto>> DiscardAsync(Guid reportId, CancellationToken ct)
    {
        if (!db.Access.Scope.SortsUnassigned)
        {
            return Forbidden();
        }

        var row = await db.UnassignedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (row is null)
        {
            return NotFound(reportId);
        }

        // The snapshot is not copied into the audit log: the summary says what was thrown away.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.UnassignedReports.Where(r => r.Id == reportId).ExecuteDeleteAsync(ct);
        db.AddAuditEvent("inventory_discarded", nameof(UnassignedReport), reportId.ToString(), null,
            $"{InventoryIngestService.Label(row.Source)} {row.SourceKey} ({row.Hostname}, TAG {row.UnitHint})");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return row.ToDto();
    }

    private static Error NotFound(Guid id) => Error.NotFound("unassigned.not_found", $"Report {id} is not in the unassigned queue.");

    private static Error Forbidden() =>
        Error.Forbidden("unassigned.forbidden", "Only administrators and coordinators of a top-level unit sort unassigned inventory.");
}
