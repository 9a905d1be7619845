using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.NetworkDevices.Snmp;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>
/// A unit's SNMP polling: credential profiles (secrets write-only, shown as set), poll targets with their last result,
/// and "Poll now". The same use cases as the API.
/// </summary>
public sealed class SnmpModel(SnmpCredentialService profiles, SnmpTargetService targets, SnmpPollService polls, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SnmpCredentialProfileWriteDto Profile { get; set; } = new(null, "v3");

    [BindProperty]
    public SnmpPollTargetWriteDto Target { get; set; } = new(null, null);

    [BindProperty]
    public Guid? Id { get; set; }

    public Guid UnitId { get; private set; }

    public IReadOnlyList<SnmpCredentialProfileDto> Profiles { get; private set; } = [];

    public IReadOnlyList<SnmpPollTargetDto> Targets { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid unitId, CancellationToken ct) => LoadAsync(unitId, ct);

    public async Task<IActionResult> OnPostSaveProfileAsync(Guid unitId, CancellationToken ct)
    {
        var result = Id is { } id ? await profiles.UpdateAsync(unitId, id, Profile, ct) : await profiles.CreateAsync(unitId, Profile, ct);
        return await AfterAsync(unitId, result.Error, "Snmp.ProfileSaved", ct);
    }

    public async Task<IActionResult> OnPostDeleteProfileAsync(Guid unitId, CancellationToken ct) =>
        await AfterAsync(unitId, (await profiles.DeleteAsync(unitId, Id ?? Guid.Empty, ct)).Error, "Snmp.ProfileDeleted", ct);

    public async Task<IActionResult> OnPostSaveTargetAsync(Guid unitId, CancellationToken ct)
    {
        var result = Id is { } id ? await targets.UpdateAsync(unitId, id, Target, ct) : await targets.CreateAsync(unitId, Target, ct);
        return await AfterAsync(unitId, result.Error, "Snmp.TargetSaved", ct);
    }

    public async Task<IActionResult> OnPostDeleteTargetAsync(Guid unitId, CancellationToken ct) =>
        await AfterAsync(unitId, (await targets.DeleteAsync(unitId, Id ?? Guid.Empty, ct)).Error, "Snmp.TargetDeleted", ct);

    public async Task<IActionResult> OnPostPollAsync(Guid unitId, CancellationToken ct)
    {
        var result = await polls.PollAsync(unitId, Id ?? Guid.Empty, ct);
        var error = result.Error ?? (result.Value!.Status == "ok" ? null : new Error(result.Value.ErrorCode!, result.Value.Error!, ErrorKind.Validation));
        return await AfterAsync(unitId, error, "Snmp.Polled", ct);
    }

    private async Task<IActionResult> AfterAsync(Guid unitId, Error? error, string successKey, CancellationToken ct)
    {
        if (error is null)
        {
            Messages.Success = text[successKey];
        }
        else if (error.Kind == ErrorKind.Forbidden || error.Code == "unit.not_found")
        {
            return NotFound();
        }
        else
        {
            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        return await LoadAsync(unitId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid unitId, CancellationToken ct)
    {
        UnitId = unitId;
        var profileList = await profiles.ListAsync(unitId, ct);
        var targetList = await targets.ListAsync(unitId, ct);
        if (!profileList.IsSuccess || !targetList.IsSuccess)
        {
            return NotFound();
        }

        (Profiles, Targets) = (profileList.Value!, targetList.Value!);
        return Page();
    }
}
