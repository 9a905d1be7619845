using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>Everything compliance keeps about one computer, moved with it when a person moves it to another unit.</summary>
internal static class ComplianceRows
{
    public static async Task MoveAsync(VigilDbContext db, Guid computerId, Guid unitId, CancellationToken ct)
    {
        foreach (var row in await db.ComplianceResults.Where(r => r.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        foreach (var row in await db.ComplianceChanges.Where(c => c.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        foreach (var row in await db.EsuExceptions.Where(e => e.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        var items = await db.RemediationItems.Where(i => i.ComputerId == computerId).ToListAsync(ct);
        var itemIds = items.ConvertAll(i => i.Id);
        foreach (var item in items)
        {
            item.UnitId = unitId;
        }

        foreach (var row in await db.RemediationEvents.Where(e => itemIds.Contains(e.ItemId)).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }
    }
}
