using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Directives;

namespace Vigil.Server.Pages.Directives;

/// <summary>A unit's report: figures auto-filled from live data, overrides with justifications, notes, submit; reopen for coordinators.</summary>
public sealed class ReportModel(UnitReportService reports, DirectiveService directives, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class FigureInput
    {
        public string Key { get; set; } = "";

        public long? Reported { get; set; }

        public string? Justification { get; set; }
    }

    [BindProperty]
    public List<FigureInput> Figures { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public UnitReportDto Report { get; private set; } = null!;

    public DirectiveDto Directive { get; private set; } = null!;

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid directiveId, Guid unitId, CancellationToken ct) => LoadAsync(directiveId, unitId, ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid directiveId, Guid unitId, CancellationToken ct) =>
        await AfterAsync(directiveId, unitId, (await reports.SaveAsync(directiveId, unitId, Body(), ct)).Error, "Report.Saved", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid directiveId, Guid unitId, CancellationToken ct) =>
        await AfterAsync(directiveId, unitId, (await reports.SubmitAsync(directiveId, unitId, Body(), ct)).Error, "Report.SubmittedMessage", ct);

    public async Task<IActionResult> OnPostReopenAsync(Guid directiveId, Guid unitId, CancellationToken ct) =>
        await AfterAsync(directiveId, unitId, (await reports.ReopenAsync(directiveId, unitId, new ReportReopenDto(Reason), ct)).Error, "Report.ReopenedMessage", ct);

    // A figure left empty is no override: it follows the measurement.
    private ReportWriteDto Body() =>
        new([.. Figures.Where(f => f.Reported is not null).Select(f => new FigureEntryDto(f.Key, f.Reported, f.Justification))], Notes);

    private async Task<IActionResult> AfterAsync(Guid directiveId, Guid unitId, Error? error, string successKey, CancellationToken ct)
    {
        if (error is null)
        {
            Messages.Success = text[successKey];
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

        return await LoadAsync(directiveId, unitId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid directiveId, Guid unitId, CancellationToken ct)
    {
        var report = await reports.GetAsync(directiveId, unitId, ct);
        if (!report.IsSuccess)
        {
            return NotFound();
        }

        Report = report.Value!;
        Directive = (await directives.GetDtoAsync(directiveId, ct)).Value!;
        return Page();
    }
}
