using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Dashboard;

/// <summary>Computers, personal computers used for work, network devices, and computers whose data is stale.</summary>
internal sealed class AssetFiguresContributor(VigilDbContext db, IOptions<InventoryOptions> options) : IDashboardContributor
{

    public async Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(IReadOnlyCollection<Guid>? unitIds, DateTime nowUtc, CancellationToken ct)
    {
        var inService = db.Computers.Where(c => c.RetiredAt == null);
        var computers = unitIds is null ? inService : inService.Where(c => unitIds.Contains(c.UnitId));
        var devices = unitIds is null ? db.NetworkDevices : db.NetworkDevices.Where(d => unitIds.Contains(d.UnitId));
        // The same threshold as the inventory list's "stale" filter, which the figure links to.
        var staleBefore = nowUtc.AddDays(-options.Value.StaleAfterDays);
        var total = await computers.CountAsync(ct);
        var personal = await computers.CountAsync(c => c.IsPersonal, ct);
        var stale = await computers.CountAsync(c => c.ObservedAt < staleBefore, ct);
        var deviceCount = await devices.CountAsync(ct);
        return
        [
            new("computers", "Dashboard.Computers", total),
            new("personal_computers", "Dashboard.PersonalComputers", personal),
            new("stale_computers", "Dashboard.StaleComputers", stale, stale > 0 ? "warning" : null),
            new("network_devices", "Dashboard.NetworkDevices", deviceCount),
        ];
    }
}
