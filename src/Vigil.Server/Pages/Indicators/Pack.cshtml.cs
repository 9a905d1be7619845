using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Pages.Indicators;

/// <summary>A pack: its indicators, each unit's deployment status, publishing, and the "record deployment" form.</summary>
public sealed class PackModel(PackService packs, VigilDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Guid UnitId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public PackDetailDto Pack { get; private set; } = null!;

    /// <summary>Units of the subtree the person may record for.</summary>
    public IReadOnlyList<PackUnitStatusDto> MyUnits => [.. Pack.Units.Where(u => db.Access.Scope.CanWrite(u.UnitId))];

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid packId, CancellationToken ct) => LoadAsync(packId, ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid packId, CancellationToken ct) =>
        await AfterAsync(packId, (await packs.PublishAsync(packId, ct)).Error, ct);

    public async Task<IActionResult> OnPostDeployAsync(Guid packId, CancellationToken ct) =>
        await AfterAsync(packId, (await packs.DeployAsync(packId, new PackDeploymentWriteDto(UnitId, Kind, Location, Note, null), ct)).Error, ct);

    private async Task<IActionResult> AfterAsync(Guid packId, Error? error, CancellationToken ct)
    {
        if (error is null)
        {
            Messages.Success = text["Indicators.Saved"];
        }
        else if (error.Kind is ErrorKind.NotFound && error.Code == "pack.not_found")
        {
            return NotFound();
        }
        else
        {
            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        return await LoadAsync(packId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid packId, CancellationToken ct)
    {
        var found = await packs.DetailAsync(packId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Pack = found.Value!;
        return Page();
    }
}
