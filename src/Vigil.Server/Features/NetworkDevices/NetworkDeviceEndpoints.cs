using Microsoft.AspNetCore.Mvc;
using Vigil.Contracts.V1;
using Vigil.Domain.Devices.Lifecycle;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.NetworkDevices;

internal static class NetworkDeviceEndpoints
{
    public static RouteGroupBuilder MapNetworkDeviceEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units/{unitId:guid}").WithTags("Network devices");
        units.MapGet("/network-devices", async (Guid unitId, string? kind, string? family, bool? belowBaseline, bool? stale, bool? endOfSupport, NetworkDeviceQuery q, CancellationToken ct) =>
                (await q.ListAsync(unitId, new NetworkDeviceFilter(kind, family, belowBaseline, stale, endOfSupport), ct)).ToHttp())
            .WithSummary("The unit's network devices with their firmware and lifecycle verdicts; filters: kind, family, belowBaseline, stale, endOfSupport (no more security fixes).");
        units.MapGet("/network-devices/{deviceId:guid}", async (Guid unitId, Guid deviceId, NetworkDeviceQuery q, CancellationToken ct) =>
                (await q.GetAsync(unitId, deviceId, ct)).ToHttp())
            .WithSummary("One device with its history, verified firmware updates and each source's latest report.");
        units.MapPost("/network-devices/parse", (Guid unitId, NetworkDeviceCliDto body, NetworkDeviceCliService s) => s.Preview(unitId, body).ToHttp())
            .WithSummary("Parse pasted show version / show inventory / show sysinfo output and return what it says; nothing is stored.");
        units.MapPost("/network-devices/cli", async (Guid unitId, NetworkDeviceCliDto body, NetworkDeviceCliService s, CancellationToken ct) =>
                (await s.StoreAsync(unitId, body, ct)).ToHttp())
            .WithSummary("Parse pasted CLI output and create or update the device (by serial, then hostname), recording history and verified firmware updates.");
        units.MapGet("/firmware-updates", async (Guid unitId, DateTime? since, NetworkDeviceQuery q, CancellationToken ct) =>
                (await q.FirmwareUpdatesAsync(unitId, since, ct)).ToHttp())
            .WithSummary("The unit's verified firmware updates (old → new version across the baseline), newest first.");
        units.MapGet("/firmware-baselines", async (Guid unitId, FirmwareBaselineService s, CancellationToken ct) => (await s.ListAsync(unitId, ct)).ToHttp())
            .WithSummary("The unit's firmware baselines.");
        units.MapPut("/firmware-baselines", async (Guid unitId, FirmwareBaselineWriteDto body, FirmwareBaselineService s, CancellationToken ct) =>
                (await s.PutAsync(unitId, body, ct)).ToHttp())
            .WithSummary("Create or replace the baseline of a software family, or of one model (model empty = every model of the family).");
        units.MapDelete("/firmware-baselines", async (Guid unitId, string? family, string? model, FirmwareBaselineService s, CancellationToken ct) =>
                (await s.DeleteAsync(unitId, family, model, ct)).ToHttp())
            .WithSummary("Remove the baseline of ?family= and ?model= (model empty = the family-wide one).");
        units.MapPost("/firmware-baselines/import", async (Guid unitId, HttpRequest request, FirmwareBaselineService s, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync(ct);
                return (await s.ImportAsync(unitId, text, ct)).ToHttp();
            })
            .WithSummary("Import baselines from a CSV (family,model,minimum_version,note) or YAML body; a bad row is reported by line and nothing is imported.");

        var lifecycle = api.MapGroup("/device-lifecycle").WithTags("Network devices");
        lifecycle.MapGet("", async (DeviceLifecycleService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithSummary("The effective end-of-sale / end-of-support catalog: the embedded default with the imported entries over it.");
        lifecycle.MapPost("/import", async (HttpRequest request, string? fileName, bool? replace, DeviceLifecycleService s, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync(ct);
                return (await s.ImportAsync(text, fileName, replace ?? false, ct)).ToHttp();
            })
            .WithMetadata(new RequestSizeLimitAttribute(DeviceLifecycleFile.MaxLength * 2L))
            .WithSummary("Administrators: import catalog entries from a CSV or YAML body; replace=true also removes imported entries the file does not name. A bad row is reported by line and nothing changes.");
        lifecycle.MapDelete("", async (string? vendor, string? model, DeviceLifecycleService s, CancellationToken ct) =>
                (await s.DeleteAsync(vendor, model, ct)).ToHttp())
            .WithSummary("Administrators: remove the imported entry ?vendor=&model= (the pattern); a default entry it replaced applies again.");
        return units;
    }
}
