using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Units;
using Vigil.Storage;

namespace Vigil.Server.Pages.Inventory;

public sealed class UnassignedModel(UnassignedService queue, UnitService units, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Guid ReportId { get; set; }

    [BindProperty]
    public Guid TargetUnitId { get; set; }

    public List<UnassignedReportDto> Reports { get; private set; } = [];

    /// <summary>Units a report may be assigned to: those the caller may change.</summary>
    public List<OrgUnit> Targets { get; private set; } = [];

    public int MinDepth => Targets.Count == 0 ? 0 : Targets.Min(u => u.Depth);

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        var result = await queue.AssignAsync(ReportId, TargetUnitId, ct);
        return await AfterAsync(result.IsSuccess ? null : result.Error, "Unassigned.Assigned", ct);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        var result = await queue.DiscardAsync(ReportId, ct);
        return await AfterAsync(result.IsSuccess ? null : result.Error, "Unassigned.Discarded", ct);
    }

    private async Task<IActionResult> AfterAsync(Error? error, string successKey, CancellationToken ct)
    {
        if (error is null)
        {
            Messages.Success = text[successKey];
        }
        else
        {
            if (error.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var result = await queue.ListAsync(ct);
        if (!result.IsSuccess)
        {
            return Forbid();
        }

        Reports = result.Value!;
        Targets = (await units.ListAsync(ct)).FindAll(u => access.Scope.CanWrite(u.Id));
        return Page();
    }
}
