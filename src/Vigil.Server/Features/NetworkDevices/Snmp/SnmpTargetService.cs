using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// A unit's poll targets: the addresses its officers asked Vigil to poll, each with one of the unit's profiles. Only
/// single addresses are accepted — no ranges, no subnets — so Vigil never scans.
/// </summary>
public sealed class SnmpTargetService(VigilDbContext db, TimeProvider clock)
{
    private const int MaxAddress = 253;

    public async Task<Result<IReadOnlyList<SnmpPollTargetDto>>> ListAsync(Guid unitId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var rows = await (from t in db.SnmpPollTargets.AsNoTracking().Where(t => t.UnitId == unitId)
                          join p in db.SnmpCredentialProfiles.AsNoTracking() on t.ProfileId equals p.Id
                          join d in db.NetworkDevices.AsNoTracking() on t.DeviceId equals d.Id into devices
                          from d in devices.DefaultIfEmpty()
                          orderby t.Address, t.Port
                          select new { Target = t, ProfileName = p.Name, Hostname = d == null ? null : d.Hostname }).ToListAsync(ct);
        return rows.Select(r => ToDto(r.Target, r.ProfileName, r.Hostname)).ToList();
    }

    public async Task<Result<IReadOnlyList<SnmpPollTargetDto>>> ForDeviceAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        var all = await ListAsync(unitId, ct);
        return all.IsSuccess ? all.Value!.Where(t => t.DeviceId == deviceId).ToList() : all.Error!;
    }

    public async Task<Result<SnmpPollTargetDto>> CreateAsync(Guid unitId, SnmpPollTargetWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var target = new SnmpPollTarget { Id = Guid.CreateVersion7(), UnitId = unitId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var (error, profileName) = await ApplyAsync(target, body, ct);
        if (error is not null)
        {
            return error;
        }

        db.SnmpPollTargets.Add(target);
        db.AddAuditEvent("snmp_target_created", "SnmpPollTarget", target.Id.ToString(), unitId, Describe(target));
        await db.SaveChangesAsync(ct);
        return ToDto(target, profileName!, null);
    }

    public async Task<Result<SnmpPollTargetDto>> UpdateAsync(Guid unitId, Guid targetId, SnmpPollTargetWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var target = await db.SnmpPollTargets.FirstOrDefaultAsync(t => t.Id == targetId && t.UnitId == unitId, ct);
        if (target is null)
        {
            return NotFound(targetId);
        }

        var (error, profileName) = await ApplyAsync(target, body, ct);
        if (error is not null)
        {
            return error;
        }

        db.AddAuditEvent("snmp_target_changed", "SnmpPollTarget", target.Id.ToString(), unitId, Describe(target));
        await db.SaveChangesAsync(ct);
        var hostname = target.DeviceId is { } id ? await db.NetworkDevices.Where(d => d.Id == id).Select(d => d.Hostname).FirstOrDefaultAsync(ct) : null;
        return ToDto(target, profileName!, hostname);
    }

    public async Task<Result<bool>> DeleteAsync(Guid unitId, Guid targetId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var target = await db.SnmpPollTargets.FirstOrDefaultAsync(t => t.Id == targetId && t.UnitId == unitId, ct);
        if (target is null)
        {
            return NotFound(targetId);
        }

        db.SnmpPollTargets.Remove(target);
        db.AddAuditEvent("snmp_target_deleted", "SnmpPollTarget", target.Id.ToString(), unitId, Describe(target));
        await db.SaveChangesAsync(ct);
        return true;
    }

    internal static Error NotFound(Guid targetId) =>
        Error.NotFound("snmp_target.not_found", $"SNMP poll target {targetId} does not exist in this unit or is outside your scope.");

    private async Task<(Error? Error, string? ProfileName)> ApplyAsync(SnmpPollTarget target, SnmpPollTargetWriteDto body, CancellationToken ct)
    {
        var address = body.Address?.Trim() ?? "";
        if (!IsSingleAddress(address))
        {
            return (Error.Validation("snmp_target.address_invalid",
                "The address must be one IP address or host name (no ranges, subnets or lists: Vigil polls only what you enter).", "address"), null);
        }

        var port = body.Port ?? 161;
        if (port is < 1 or > 65535)
        {
            return (Error.Validation("snmp_target.port_invalid", "The port must be between 1 and 65535.", "port"), null);
        }

        // The profile must be the same unit's: another unit's credentials are not usable, nor is their existence revealed.
        var profileName = body.ProfileId is { } pid
            ? await db.SnmpCredentialProfiles.Where(p => p.Id == pid && p.UnitId == target.UnitId).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;
        if (profileName is null)
        {
            return (Error.Validation("snmp_target.profile_invalid", "Choose one of this unit's SNMP credential profiles.", "profileId"), null);
        }

        var canonical = IPAddress.TryParse(address, out var ip) ? ip.ToString() : address.ToLowerInvariant();
        if (await db.SnmpPollTargets.AnyAsync(t => t.UnitId == target.UnitId && t.Address == canonical && t.Port == port && t.Id != target.Id, ct))
        {
            return (Error.Conflict("snmp_target.duplicate", $"The unit already polls {canonical}:{port}."), null);
        }

        target.Address = canonical;
        target.Port = port;
        target.ProfileId = body.ProfileId!.Value;
        target.Enabled = body.Enabled ?? target.Enabled;
        return (null, profileName);
    }

    /// <summary>An IPv4 or IPv6 address (not a network) or a DNS host name.</summary>
    private static bool IsSingleAddress(string address)
    {
        if (address.Length is 0 or > MaxAddress || address.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        if (IPAddress.TryParse(address, out var ip))
        {
            return !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.Broadcast) && !ip.Equals(IPAddress.IPv6Any);
        }

        return Uri.CheckHostName(address) == UriHostNameType.Dns && address.Any(char.IsLetter);
    }

    private static string Describe(SnmpPollTarget t) => string.Create(CultureInfo.InvariantCulture, $"{t.Address}:{t.Port}");

    private static SnmpPollTargetDto ToDto(SnmpPollTarget t, string profileName, string? hostname) =>
        new(t.Id, t.UnitId, t.Address, t.Port, t.ProfileId, profileName, t.DeviceId, hostname, t.Enabled, t.LastPolledAt, t.LastStatus,
            t.LastErrorCode, t.LastError, t.CreatedAt);
}
