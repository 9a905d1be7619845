using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Indicators;

namespace Vigil.Server.Pages.Indicators;

/// <summary>One indicator: why it is or is not enforced, its overrides, packs and history; override, action, revoke.</summary>
public sealed class DetailModel(IndicatorService indicators, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    public IndicatorDetailDto Indicator { get; private set; } = null!;

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid indicatorId, CancellationToken ct) => LoadAsync(indicatorId, ct);

    public async Task<IActionResult> OnPostOverrideAsync(Guid indicatorId, CancellationToken ct) =>
        await AfterAsync(indicatorId, (await indicators.OverrideAsync(indicatorId, new IndicatorRevokeDto(Reason), ct)).Error, ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid indicatorId, CancellationToken ct) =>
        await AfterAsync(indicatorId, (await indicators.RevokeAsync(indicatorId, new IndicatorRevokeDto(Reason), ct)).Error, ct);

    public async Task<IActionResult> OnPostActionAsync(Guid indicatorId, CancellationToken ct) =>
        await AfterAsync(indicatorId, (await indicators.EditAsync(indicatorId, new IndicatorEditDto(Action, Action == "AlertOnly" ? null : false, null, null), ct)).Error, ct);

    private async Task<IActionResult> AfterAsync(Guid indicatorId, Error? error, CancellationToken ct)
    {
        if (error is null)
        {
            Messages.Success = text["Indicators.Saved"];
        }
        else if (error.Kind is ErrorKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        return await LoadAsync(indicatorId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid indicatorId, CancellationToken ct)
    {
        var found = await indicators.DetailAsync(indicatorId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Indicator = found.Value!;
        return Page();
    }
}
