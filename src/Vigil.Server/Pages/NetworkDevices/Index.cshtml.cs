using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.NetworkDevices;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>A unit's network devices with filters (kind, family, below baseline, stale, out of security support).</summary>
public sealed class IndexModel(NetworkDeviceQuery query, UnitService units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Family { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Below { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    /// <summary>Only devices whose model gets no more security fixes.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Eos { get; set; }

    public List<OrgUnit> Units { get; private set; } = [];

    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    public IReadOnlyList<NetworkDeviceDto> Devices { get; private set; } = [];

    public static IReadOnlyList<string> Kinds { get; } = ["switch", "router", "wireless", "firewall", "module"];

    public static IReadOnlyList<string> Families { get; } = ["ios", "ios-xe", "nx-os", "asa", "aireos", "sb-switch"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = (await units.ListAsync(ct)).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        Unit ??= Units.FirstOrDefault()?.Id;
        if (Unit is not { } unitId)
        {
            return Page();
        }

        var list = await query.ListAsync(unitId, new NetworkDeviceFilter(NullIfEmpty(Kind), NullIfEmpty(Family), Below ? true : null, Stale ? true : null, Eos ? true : null), ct);
        if (!list.IsSuccess)
        {
            return NotFound();
        }

        Devices = list.Value!;
        return Page();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
