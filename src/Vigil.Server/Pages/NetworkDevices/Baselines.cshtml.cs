using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.NetworkDevices;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>The unit's firmware baselines: list, set one, remove one, import a CSV/YAML text.</summary>
public sealed class BaselinesModel(FirmwareBaselineService baselines, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public FirmwareBaselineWriteDto Input { get; set; } = new(null, null, null, null);

    [BindProperty]
    public string? FileText { get; set; }

    public Guid UnitId { get; private set; }

    public IReadOnlyList<FirmwareBaselineDto> Baselines { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid unitId, CancellationToken ct) => LoadAsync(unitId, ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid unitId, CancellationToken ct) =>
        await AfterAsync(unitId, (await baselines.PutAsync(unitId, Input, ct)).Error, "Devices.BaselineSaved", ct);

    public async Task<IActionResult> OnPostImportAsync(Guid unitId, CancellationToken ct) =>
        await AfterAsync(unitId, (await baselines.ImportAsync(unitId, FileText, ct)).Error, "Devices.BaselinesImported", ct);

    public async Task<IActionResult> OnPostDeleteAsync(Guid unitId, CancellationToken ct) =>
        await AfterAsync(unitId, (await baselines.DeleteAsync(unitId, Input.SoftwareFamily, Input.Model, ct)).Error, "Devices.BaselineDeleted", ct);

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
        var list = await baselines.ListAsync(unitId, ct);
        if (!list.IsSuccess)
        {
            return NotFound();
        }

        Baselines = list.Value!;
        return Page();
    }
}
