using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Server.Features.Directives;

namespace Vigil.Server.Pages.Directives;

/// <summary>The aggregated report with discrepancy flags; ?figure= and ?unit= drill down to the units and then the computers or devices.</summary>
public sealed class AggregateModel(DirectiveBoardService boards) : PageModel
{
    public AggregatedReport Report { get; private set; } = null!;

    public FigureDrillDownDto? DrillDown { get; private set; }

    /// <summary>The page only reads; a POST (which Razor would otherwise render without a model) finds nothing.</summary>
    public IActionResult OnPost() => NotFound();

    public async Task<IActionResult> OnGetAsync(Guid directiveId, string? figure, Guid? unit, CancellationToken ct)
    {
        var report = await boards.AggregateAsync(directiveId, ct);
        if (!report.IsSuccess)
        {
            return NotFound();
        }

        Report = report.Value!;
        if (!string.IsNullOrEmpty(figure))
        {
            var drill = await boards.DrillDownAsync(directiveId, figure, unit, ct);
            DrillDown = drill.IsSuccess ? drill.Value : null;
        }

        return Page();
    }
}
