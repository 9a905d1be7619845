using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices;
using Vigil.Domain.Inventory.Import;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>
/// Paste-and-parse: previews what pasted CLI output says, or stores it as the unit's device — found by serial, then
/// by hostname within the unit — with a history row per changed field and a verified firmware update when the
/// version crossed the baseline. A parse error names the line and reason and changes nothing.
/// </summary>
public sealed class NetworkDeviceCliService(VigilDbContext db, NetworkDeviceQuery query, TimeProvider clock)
{
    public const string CliSource = "cli";

    public Result<DeviceParseDto> Preview(Guid unitId, NetworkDeviceCliDto body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var parsed = Parse(body.Text);
        return parsed.IsSuccess ? parsed.Value!.ToDto() : parsed.Error!;
    }

    public async Task<Result<NetworkDeviceStoredDto>> StoreAsync(Guid unitId, NetworkDeviceCliDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return NetworkDeviceAccess.UnitNotFound(unitId);
        }

        var parsed = Parse(body.Text);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        return await StoreFactsAsync(unitId, parsed.Value!, CliSource, null, ct);
    }

    /// <summary>
    /// The one path by which a report's facts become the unit's device, whatever the source (pasted CLI, SNMP poll):
    /// found by serial then hostname, history per changed field, a verified firmware update when the version crossed
    /// the baseline, and the source's latest report. The caller has checked write access to the unit.
    /// </summary>
    internal async Task<Result<NetworkDeviceStoredDto>> StoreFactsAsync(Guid unitId, DeviceFacts facts, string source, string? managementAddress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var serial = Clean(facts.Serial);
        var hostname = Clean(facts.Hostname);
        if (serial is null && hostname is null)
        {
            return Error.Validation("network_device.no_identity",
                "The output names neither a serial number nor a hostname; paste show version together with show inventory, or include the prompt line.", "text");
        }

        var device = await FindAsync(unitId, serial, hostname, ct);
        var created = device is null;
        var before = device is null ? null : NetworkDeviceHistory.Of(device);
        var now = clock.GetUtcNow().UtcDateTime;
        device ??= new NetworkDevice { Id = Guid.CreateVersion7(), UnitId = unitId, Vendor = facts.Vendor, Kind = facts.Kind ?? NetworkDeviceKinds.Switch };
        Apply(device, facts, serial, hostname, source, now);
        device.ManagementIp = managementAddress ?? device.ManagementIp;
        if (created)
        {
            db.NetworkDevices.Add(device);
        }

        var actor = db.Access.ActorName;
        var changes = NetworkDeviceHistory.Changes(before, device, source, now, actor);
        db.NetworkDeviceChanges.AddRange(changes);
        var baselines = await db.FirmwareBaselines.AsNoTracking().Where(b => b.UnitId == unitId).ToListAsync(ct);
        var update = NetworkDeviceHistory.FirmwareUpdate(before, device, baselines, source, now, now, actor);
        if (update is not null)
        {
            db.FirmwareUpdateEvents.Add(update);
            db.AddAuditEvent("firmware_update_verified", "NetworkDevice", device.Id.ToString(), unitId, $"{update.OldVersion} → {update.NewVersion}");
        }

        var parseDto = facts.ToDto();
        await UpsertReportAsync(device, source, parseDto, now, ct);
        db.AddAuditEvent(created ? "network_device_created" : "network_device_reported", "NetworkDevice", device.Id.ToString(), unitId, source);
        await db.SaveChangesAsync(ct);

        var dto = await query.ToDtoAsync(device, ct);
        return new NetworkDeviceStoredDto(dto, created, changes.Select(c => c.ToDto()).ToArray(), update?.ToDto(device.Hostname), parseDto);
    }

    private static Result<DeviceFacts> Parse(string? text)
    {
        var parsed = CiscoCliParser.Parse(text);
        if (parsed.IsSuccess)
        {
            return parsed;
        }

        var error = parsed.Error!;
        var line = CiscoCliParser.LineOf(error);
        return line is null ? Error.Validation(error.Code, error.Message, "text")
            : Error.Validation(error.Code, $"Line {line}: {error.Message}", $"line {line}");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>By serial first; by hostname only among devices whose serial is unknown or the same, so a replacement with another serial is a new device.</summary>
    private async Task<NetworkDevice?> FindAsync(Guid unitId, string? serial, string? hostname, CancellationToken ct)
    {
        // A unit has tens to hundreds of devices: matching case-insensitively in memory is cheaper than provider-specific SQL.
        var candidates = await db.NetworkDevices.Where(d => d.UnitId == unitId).OrderBy(d => d.Id).ToListAsync(ct);
        return candidates.FirstOrDefault(d => serial is not null && string.Equals(d.SerialNumber, serial, StringComparison.OrdinalIgnoreCase))
            ?? candidates.Where(d => hostname is not null && string.Equals(d.Hostname, hostname, StringComparison.OrdinalIgnoreCase))
                .FirstOrDefault(d => d.SerialNumber is null || serial is null);
    }

    private static void Apply(NetworkDevice device, DeviceFacts facts, string? serial, string? hostname, string source, DateTime now)
    {
        device.Hostname = hostname ?? (device.Hostname.Length > 0 ? device.Hostname : serial!);
        device.Vendor = facts.Vendor;
        device.Kind = facts.Kind ?? device.Kind;
        device.Model = facts.Model ?? device.Model;
        device.SerialNumber = serial ?? device.SerialNumber;
        device.ManagementIp = facts.ManagementAddress ?? device.ManagementIp;
        device.SoftwareFamily = facts.OsFamilyCode ?? device.SoftwareFamily;
        device.SoftwareVersion = facts.VersionText ?? device.SoftwareVersion;
        device.Image = facts.Image ?? device.Image;
        device.Uptime = facts.UptimeText ?? device.Uptime;
        device.LastReloadAt = facts.Uptime is { } up ? now - up : device.LastReloadAt;
        device.Source = source;
        device.ObservedAt = now;
    }

    private async Task UpsertReportAsync(NetworkDevice device, string source, DeviceParseDto facts, DateTime now, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(facts, VigilJsonContext.Default.DeviceParseDto);
        var report = await db.NetworkDeviceReports.FirstOrDefaultAsync(r => r.DeviceId == device.Id && r.Source == source, ct);
        if (report is null)
        {
            db.NetworkDeviceReports.Add(new NetworkDeviceReport { DeviceId = device.Id, Source = source, UnitId = device.UnitId, ObservedAt = now, FactsJson = json });
        }
        else
        {
            report.ObservedAt = now;
            report.FactsJson = json;
        }
    }
}
