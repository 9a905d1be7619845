using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices;
using Vigil.Domain.Devices.Lifecycle;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>
/// Reads a unit's devices with their firmware verdicts, one device with its history, and the verified firmware
/// updates. Firmware verdicts (from the unit's baselines) and lifecycle dates (from the catalog) are computed on read,
/// so a baseline edit or a catalog import shows at once.
/// </summary>
public sealed class NetworkDeviceQuery(VigilDbContext db, TimeProvider clock, IOptions<InventoryOptions> options, DeviceLifecycleService lifecycle)
{
    public async Task<Result<IReadOnlyList<NetworkDeviceDto>>> ListAsync(Guid unitId, NetworkDeviceFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var devices = db.NetworkDevices.AsNoTracking().Where(d => d.UnitId == unitId);
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            devices = devices.Where(d => d.Kind == filter.Kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Family))
        {
            devices = devices.Where(d => d.SoftwareFamily == filter.Family);
        }

        var view = await ViewAsync(unitId, ct);
        if (filter.Stale is { } stale)
        {
            devices = stale ? devices.Where(d => d.ObservedAt < view.StaleBefore) : devices.Where(d => d.ObservedAt >= view.StaleBefore);
        }

        var rows = (await devices.OrderBy(d => d.Hostname).ThenBy(d => d.Id).ToListAsync(ct)).Select(view.ToDto);
        if (filter.BelowBaseline is { } below)
        {
            rows = rows.Where(d => (d.Firmware.Status == "fail") == below);
        }

        if (filter.EndOfSupport is { } ended)
        {
            rows = rows.Where(d => OutOfSecuritySupport(d.Lifecycle.Status) == ended);
        }

        return rows.ToList();
    }

    public async Task<Result<NetworkDeviceDetailDto>> GetAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var device = await db.NetworkDevices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId && d.UnitId == unitId, ct);
        if (device is null)
        {
            return NetworkDeviceAccess.DeviceNotFound(deviceId);
        }

        var view = await ViewAsync(unitId, ct);
        var changes = await db.NetworkDeviceChanges.AsNoTracking().Where(c => c.DeviceId == deviceId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        var updates = await db.FirmwareUpdateEvents.AsNoTracking().Where(e => e.DeviceId == deviceId).OrderByDescending(e => e.At).ToListAsync(ct);
        var reports = await db.NetworkDeviceReports.AsNoTracking().Where(r => r.DeviceId == deviceId).OrderBy(r => r.Source).ToListAsync(ct);
        return new NetworkDeviceDetailDto(
            view.ToDto(device),
            changes.Select(c => c.ToDto()).ToArray(),
            updates.Select(e => e.ToDto(device.Hostname)).ToArray(),
            reports.Select(r => new NetworkDeviceReportDto(r.Source, r.ObservedAt, r.FactsJson)).ToArray());
    }

    /// <summary>The unit's verified firmware updates, newest first, optionally since a time: what the directive report counts.</summary>
    public async Task<Result<IReadOnlyList<FirmwareUpdateEventDto>>> FirmwareUpdatesAsync(Guid unitId, DateTime? since, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var events = db.FirmwareUpdateEvents.AsNoTracking().Where(e => e.UnitId == unitId);
        if (since is { } from)
        {
            var utc = from.ToUniversalTime();
            events = events.Where(e => e.At >= utc);
        }

        var rows = await events.OrderByDescending(e => e.At).Take(5000)
            .Join(db.NetworkDevices, e => e.DeviceId, d => d.Id, (e, d) => new { Event = e, d.Hostname })
            .ToListAsync(ct);
        return rows.Select(r => r.Event.ToDto(r.Hostname)).ToList();
    }

    /// <summary>One device as the API shows it, with its firmware and lifecycle verdicts now.</summary>
    internal async Task<NetworkDeviceDto> ToDtoAsync(NetworkDevice device, CancellationToken ct) => (await ViewAsync(device.UnitId, ct)).ToDto(device);

    /// <summary>
    /// "End of support" as the list filter means it: no more security fixes (the end of security support or the last
    /// date of support has passed).
    /// </summary>
    private static bool OutOfSecuritySupport(string status) => status is "end_of_security_support" or "end_of_support";

    private async Task<View> ViewAsync(Guid unitId, CancellationToken ct) =>
        new(await BaselinesAsync(unitId, ct), await lifecycle.CatalogAsync(ct), lifecycle.Today(), StaleBefore());

    private DateTime StaleBefore() => clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.StaleAfterDays);

    private async Task<List<FirmwareBaseline>> BaselinesAsync(Guid unitId, CancellationToken ct) =>
        await db.FirmwareBaselines.AsNoTracking().Where(b => b.UnitId == unitId).ToListAsync(ct);

    private sealed record View(IReadOnlyList<FirmwareBaseline> Baselines, DeviceLifecycleCatalog Catalog, DateOnly Today, DateTime StaleBefore)
    {
        public NetworkDeviceDto ToDto(NetworkDevice device) => device.ToDto(
            FirmwareRule.Evaluate(device.SoftwareFamily, device.Model, device.SoftwareVersion, Baselines),
            DeviceLifecycleService.ToDto(Catalog.Evaluate(device.Vendor, device.Model, Today)),
            StaleBefore);
    }
}
