using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.NetworkDevices;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>One device: its facts, firmware verdict, verified firmware updates and history.</summary>
public sealed class DeviceModel(NetworkDeviceQuery query) : PageModel
{
    public NetworkDeviceDetailDto Detail { get; private set; } = null!;

    /// <summary>The page has no form; a stray post shows the page (or 404), never an empty model.</summary>
    public Task<IActionResult> OnPostAsync(Guid unitId, Guid deviceId, CancellationToken ct) => OnGetAsync(unitId, deviceId, ct);

    public async Task<IActionResult> OnGetAsync(Guid unitId, Guid deviceId, CancellationToken ct)
    {
        var detail = await query.GetAsync(unitId, deviceId, ct);
        if (!detail.IsSuccess)
        {
            return NotFound();
        }

        Detail = detail.Value!;
        return Page();
    }
}
