using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.NetworkDevices;
using Vigil.Storage;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>Paste CLI output, preview what it says, then save it as the unit's device.</summary>
public sealed class PasteModel(NetworkDeviceCliService cli, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    public Guid UnitId { get; private set; }

    public DeviceParseDto? Preview { get; private set; }

    public PageMessages Messages { get; } = new();

    public IActionResult OnGet(Guid unitId) => Load(unitId) is { } denied ? denied : Page();

    public IActionResult OnPostPreview(Guid unitId)
    {
        if (Load(unitId) is { } denied)
        {
            return denied;
        }

        var result = cli.Preview(unitId, new NetworkDeviceCliDto(Text));
        if (result.IsSuccess)
        {
            Preview = result.Value;
        }
        else
        {
            Fail(result.Error!);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid unitId, CancellationToken ct)
    {
        if (Load(unitId) is { } denied)
        {
            return denied;
        }

        var result = await cli.StoreAsync(unitId, new NetworkDeviceCliDto(Text), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/network-devices/{unitId}/{result.Value!.Device.Id}");
        }

        if (result.Error!.Kind is ErrorKind.Forbidden or ErrorKind.NotFound)
        {
            return NotFound();
        }

        Fail(result.Error);
        return Page();
    }

    private NotFoundResult? Load(Guid unitId)
    {
        UnitId = unitId;
        return access.Scope.CanRead(unitId) ? null : NotFound();
    }

    private void Fail(Error error)
    {
        Messages.Add(error, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
    }
}
