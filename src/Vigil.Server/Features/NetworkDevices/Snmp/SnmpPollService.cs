using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Snmp;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// Polls one target: reads the system group and ENTITY-MIB with the target's profile, turns them into device facts
/// and stores them through <see cref="NetworkDeviceCliService.StoreFactsAsync"/> with source "snmp" — the same path as
/// pasted CLI output, so history, baseline verdicts and verified updates work alike. The outcome is kept on the target.
/// </summary>
public sealed class SnmpPollService(VigilDbContext db, SnmpCredentialService credentials, NetworkDeviceCliService store,
    IOptions<SnmpOptions> options, TimeProvider clock, ILogger<SnmpPollService> logger)
{
    public const string SnmpSource = "snmp";

    public async Task<Result<SnmpPollResultDto>> PollAsync(Guid unitId, Guid targetId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var target = await db.SnmpPollTargets.FirstOrDefaultAsync(t => t.Id == targetId && t.UnitId == unitId, ct);
        return target is null ? SnmpTargetService.NotFound(targetId) : await PollAsync(target, ct);
    }

    /// <summary>"Poll now" on a device page: the target that found the device.</summary>
    public async Task<Result<SnmpPollResultDto>> PollDeviceAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var target = await db.SnmpPollTargets.Where(t => t.DeviceId == deviceId && t.UnitId == unitId).OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return await db.NetworkDevices.AnyAsync(d => d.Id == deviceId && d.UnitId == unitId, ct)
                ? Error.NotFound("snmp_target.none_for_device", "No SNMP poll target has found this device yet; add its address as a poll target.")
                : NetworkDeviceAccess.DeviceNotFound(deviceId);
        }

        return await PollAsync(target, ct);
    }

    /// <summary>Polls a tracked target and records the outcome on it; a failed poll is a result with status "error", not an error.</summary>
    internal async Task<Result<SnmpPollResultDto>> PollAsync(SnmpPollTarget target, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await ReadAndStoreAsync(target, ct);
        target.LastPolledAt = now;
        if (outcome.IsSuccess)
        {
            var stored = outcome.Value!;
            (target.LastStatus, target.LastErrorCode, target.LastError, target.DeviceId) = ("ok", null, null, stored.Device.Id);
            await db.SaveChangesAsync(ct);
            Log.SnmpPollSucceeded(logger, target.Address, target.Port, stored.Device.Id, stored.Device.Hostname);
            return new SnmpPollResultDto(target.Id, "ok", null, null, now, stored);
        }

        var error = outcome.Error!;
        (target.LastStatus, target.LastErrorCode, target.LastError) = ("error", error.Code, error.Message);
        // A store that failed half-way must not leave its rows tracked for this save.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity != target && e.State != EntityState.Unchanged).ToList())
        {
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
        }

        await db.SaveChangesAsync(ct);
        Log.SnmpPollFailed(logger, target.Address, target.Port, error.Code, error.Message);
        return new SnmpPollResultDto(target.Id, "error", error.Code, error.Message, now, null);
    }

    private async Task<Result<NetworkDeviceStoredDto>> ReadAndStoreAsync(SnmpPollTarget target, CancellationToken ct)
    {
        var profile = await db.SnmpCredentialProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == target.ProfileId && p.UnitId == target.UnitId, ct);
        if (profile is null)
        {
            return SnmpCredentialService.NotFound(target.ProfileId);
        }

        var opened = credentials.Open(profile);
        if (!opened.IsSuccess)
        {
            Log.SnmpSecretsUnreadable(logger, profile.Id);
            return opened.Error!;
        }

        var address = await ResolveAsync(target.Address, ct);
        if (!address.IsSuccess)
        {
            return address.Error!;
        }

        var settings = options.Value;
        using var transport = new SnmpTransport(new IPEndPoint(address.Value!, target.Port), settings.Timeout, settings.Retries, logger);
        var session = new SnmpSession(transport, opened.Value!, clock, logger);
        var reading = await SnmpDeviceReader.ReadAsync(session, settings, ct);
        if (!reading.IsSuccess)
        {
            return reading.Error!;
        }

        var facts = SnmpDeviceFacts.Build(reading.Value!);
        if (!facts.IsSuccess)
        {
            return facts.Error!;
        }

        var managementAddress = IPAddress.TryParse(target.Address, out _) ? target.Address : address.Value!.ToString();
        return await store.StoreFactsAsync(target.UnitId, facts.Value!, SnmpSource, managementAddress, ct);
    }

    /// <summary>The operator's address as entered: an IP address, or a host name resolved to its first address.</summary>
    private static async Task<Result<IPAddress>> ResolveAsync(string address, CancellationToken ct)
    {
        if (IPAddress.TryParse(address, out var ip))
        {
            return ip;
        }

        try
        {
            var found = await Dns.GetHostAddressesAsync(address, ct);
            var chosen = found.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? found.FirstOrDefault();
            return chosen is null ? Error.Validation(SnmpCodes.Unreachable, $"The host name '{address}' has no address.") : chosen;
        }
        catch (SocketException e)
        {
            return Error.Validation(SnmpCodes.Unreachable, $"The host name '{address}' cannot be resolved: {e.SocketErrorCode}.");
        }
    }
}
