using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Pages.Indicators;

/// <summary>The packs the person can see; coordinators publish the built-in WannaCry pack to a subtree.</summary>
public sealed class PacksModel(PackService packs, VigilDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Guid UnitId { get; set; }

    [BindProperty]
    public Guid TargetUnitId { get; set; }

    public IReadOnlyList<PackSummaryDto> Packs { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public bool CanPublish => db.Access.Scope.IsAll || db.Access.Scope.Role == Domain.Access.Role.Coordinator;

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBuiltInAsync(CancellationToken ct)
    {
        var published = await packs.PublishBuiltInAsync(new BuiltInPackDto("wannacry", UnitId, TargetUnitId, null), ct);
        if (published.IsSuccess)
        {
            return Redirect($"/indicators/packs/{published.Value!.Id}");
        }

        Messages.Add(published.Error!, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(published.Error!);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Packs = await packs.ListAsync(ct);
        Units = await IndicatorUnits.ReadableAsync(db, ct);
    }
}
