using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

internal static class SnmpEndpoints
{
    public static RouteGroupBuilder MapSnmpEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units/{unitId:guid}").WithTags("SNMP polling");
        units.MapGet("/snmp/profiles", async (Guid unitId, SnmpCredentialService s, CancellationToken ct) => (await s.ListAsync(unitId, ct)).ToHttp())
            .WithSummary("The unit's SNMP credential profiles; secrets are never returned, only whether each is set.");
        units.MapPost("/snmp/profiles", async (Guid unitId, SnmpCredentialProfileWriteDto body, SnmpCredentialService s, CancellationToken ct) =>
                (await s.CreateAsync(unitId, body, ct)).ToHttp())
            .WithSummary("Create a v2c (community) or v3 (user, sha/sha256/md5 auth, optional aes128 privacy) profile; secrets are stored encrypted.");
        units.MapPut("/snmp/profiles/{profileId:guid}", async (Guid unitId, Guid profileId, SnmpCredentialProfileWriteDto body, SnmpCredentialService s, CancellationToken ct) =>
                (await s.UpdateAsync(unitId, profileId, body, ct)).ToHttp())
            .WithSummary("Change a profile; an empty secret keeps the stored one.");
        units.MapDelete("/snmp/profiles/{profileId:guid}", async (Guid unitId, Guid profileId, SnmpCredentialService s, CancellationToken ct) =>
                (await s.DeleteAsync(unitId, profileId, ct)).ToHttp())
            .WithSummary("Delete a profile no poll target uses.");
        units.MapGet("/snmp/targets", async (Guid unitId, SnmpTargetService s, CancellationToken ct) => (await s.ListAsync(unitId, ct)).ToHttp())
            .WithSummary("The unit's poll targets with their last poll time, status and error.");
        units.MapPost("/snmp/targets", async (Guid unitId, SnmpPollTargetWriteDto body, SnmpTargetService s, CancellationToken ct) =>
                (await s.CreateAsync(unitId, body, ct)).ToHttp())
            .WithSummary("Add one address (IP or host name, port, profile) to poll; no ranges or subnets.");
        units.MapPut("/snmp/targets/{targetId:guid}", async (Guid unitId, Guid targetId, SnmpPollTargetWriteDto body, SnmpTargetService s, CancellationToken ct) =>
                (await s.UpdateAsync(unitId, targetId, body, ct)).ToHttp())
            .WithSummary("Change a poll target's address, port, profile or whether the schedule polls it.");
        units.MapDelete("/snmp/targets/{targetId:guid}", async (Guid unitId, Guid targetId, SnmpTargetService s, CancellationToken ct) =>
                (await s.DeleteAsync(unitId, targetId, ct)).ToHttp())
            .WithSummary("Stop polling an address; the device it found stays.");
        units.MapPost("/snmp/targets/{targetId:guid}/poll", async (Guid unitId, Guid targetId, SnmpPollService s, CancellationToken ct) =>
                (await s.PollAsync(unitId, targetId, ct)).ToHttp())
            .WithSummary("Poll the target now and store the device (source snmp); the result says ok with the device, or error with the reason.");
        units.MapPost("/network-devices/{deviceId:guid}/poll", async (Guid unitId, Guid deviceId, SnmpPollService s, CancellationToken ct) =>
                (await s.PollDeviceAsync(unitId, deviceId, ct)).ToHttp())
            .WithSummary("Poll the device now through the poll target that found it.");
        return units;
    }
}
