using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Alerts;

namespace Vigil.Server.Pages.Alerts;

/// <summary>One alert with its sampled hits; acknowledge or close it.</summary>
public sealed class DetailModel(AlertService alerts, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    public AlertDetailDto Alert { get; private set; } = null!;

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid alertId, CancellationToken ct) => LoadAsync(alertId, ct);

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid alertId, CancellationToken ct) =>
        await AfterAsync(alertId, (await alerts.AcknowledgeAsync(alertId, new AlertStatusChangeDto(Note), ct)).Error, ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid alertId, CancellationToken ct) =>
        await AfterAsync(alertId, (await alerts.CloseAsync(alertId, new AlertStatusChangeDto(Note), ct)).Error, ct);

    private async Task<IActionResult> AfterAsync(Guid alertId, Error? error, CancellationToken ct)
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

        return await LoadAsync(alertId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid alertId, CancellationToken ct)
    {
        var found = await alerts.DetailAsync(alertId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Alert = found.Value!;
        return Page();
    }
}
