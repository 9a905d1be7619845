using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// A network device that changes unit takes its remediation items and their events along, as a computer's do when it
/// moves (ConflictService.Move): the item's unit is always its asset's unit, so the new unit's officers see the work.
/// </summary>
internal static class DeviceRemediationMove
{
    public static async Task MoveAsync(VigilDbContext db, Guid deviceId, Guid unitId, CancellationToken ct)
    {
        var items = await db.RemediationItems.Where(i => i.NetworkDeviceId == deviceId && i.UnitId != unitId).ToListAsync(ct);
        if (items.Count == 0)
        {
            return;
        }

        var itemIds = items.ConvertAll(i => i.Id);
        items.ForEach(i => i.UnitId = unitId);
        foreach (var row in await db.RemediationEvents.Where(e => itemIds.Contains(e.ItemId)).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }
    }
}
