using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.NetworkDevices;
using Vigil.Server.Features.NetworkDevices.Snmp;
using Vigil.Server.Features.Vulnerabilities;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>One device: its facts, firmware verdict, vulnerabilities, verified firmware updates, history, and its SNMP poll targets with "Poll now".</summary>
public sealed class DeviceModel(
    NetworkDeviceQuery query, SnmpTargetService targets, SnmpPollService polls, VulnerabilityQuery vulnerabilities,
    Features.Remediation.RemediationQuery remediation, IStringLocalizer<SharedResource> text) : PageModel
{
    public NetworkDeviceDetailDto Detail { get; private set; } = null!;

    public IReadOnlyList<SnmpPollTargetDto> Targets { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    /// <summary>The device's vulnerability findings, open and closed.</summary>
    public VulnAssetDto? Vulnerabilities { get; private set; }

    /// <summary>The remediation items bulletin CVEs opened on the device (upgrade or replace), open and closed.</summary>
    public IReadOnlyList<RemediationItemDto> Items { get; private set; } = [];

    /// <summary>A post without a handler shows the page (or 404), never an empty model.</summary>
    public Task<IActionResult> OnPostAsync(Guid unitId, Guid deviceId, CancellationToken ct) => OnGetAsync(unitId, deviceId, ct);

    public async Task<IActionResult> OnPostPollAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        var result = await polls.PollDeviceAsync(unitId, deviceId, ct);
        var error = result.Error ?? (result.Value!.Status == "ok" ? null : new Error(result.Value.ErrorCode!, result.Value.Error!, ErrorKind.Validation));
        if (error is null)
        {
            Messages.Success = text["Snmp.Polled"];
        }
        else if (error.Kind == ErrorKind.Forbidden || error.Code is "unit.not_found" or "network_device.not_found")
        {
            return NotFound();
        }
        else
        {
            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        return await OnGetAsync(unitId, deviceId, ct);
    }

    public async Task<IActionResult> OnGetAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        var detail = await query.GetAsync(unitId, deviceId, ct);
        if (!detail.IsSuccess)
        {
            return NotFound();
        }

        Detail = detail.Value!;
        var polled = await targets.ForDeviceAsync(unitId, deviceId, ct);
        Targets = polled.IsSuccess ? polled.Value! : [];
        Vulnerabilities = (await vulnerabilities.AssetAsync(deviceId, device: true, ct)).Value;
        Items = await remediation.ForDeviceAsync(deviceId, ct);
        return Page();
    }
}
