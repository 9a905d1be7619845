using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Incidents;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages.Incidents;

/// <summary>An incident opened by hand: the unit, what happened and what was done, as the initial report asks.</summary>
public sealed class NewModel(IncidentService incidents, UnitService units, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public IncidentCreateDto Input { get; set; } = new(Guid.Empty, null, null, "Medium", null, null, null, null, null, null, null, null, null, null, null, null);

    /// <summary>The detection time as the person types it: wall-clock time of the unit's zone.</summary>
    [BindProperty]
    public DateTime? DetectedLocal { get; set; }

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await units.ListAsync(ct);
        var zone = Units.FirstOrDefault(u => u.Id == Input.UnitId)?.TimeZone ?? UnitTree.DefaultTimeZone;
        var detected = DetectedLocal is { } local && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), tz)
            : (DateTime?)null;
        var created = await incidents.CreateAsync(Input with { DetectedAt = detected }, ct);
        if (created.IsSuccess)
        {
            return Redirect($"/incidents/{created.Value}");
        }

        Messages.Add(created.Error!, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(created.Error!);
        return Page();
    }
}
