using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.Vulnerabilities;

namespace Vigil.Server.Pages.Vulnerabilities;

/// <summary>One bulletin: its rows, the counts per unit of the caller's scope and each affected asset with evidence; <c>?format=xlsx</c> downloads the affected assets.</summary>
public sealed class DetailModel(VulnerabilityQuery query, VulnerabilityExport export) : PageModel
{
    public BulletinDetailDto Bulletin { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid bulletinId, string? format, CancellationToken ct)
    {
        if (ExportFormat.WantsXlsx(format) is { IsSuccess: true, Value: true })
        {
            var file = await export.BulletinAsync(bulletinId, ct);
            return file.IsSuccess ? file.Value!.ToActionResult() : NotFound();
        }

        var found = await query.BulletinAsync(bulletinId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Bulletin = found.Value!;
        return Page();
    }

    /// <summary>The page has no form; a post is answered like an unknown page rather than rendered without a bulletin.</summary>
    public IActionResult OnPost() => NotFound();
}
