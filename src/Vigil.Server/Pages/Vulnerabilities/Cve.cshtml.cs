using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.Vulnerabilities;
using Vigil.Storage;

namespace Vigil.Server.Pages.Vulnerabilities;

/// <summary>
/// One CVE: its description, CVSS and KEV facts, the bulletins that list it and the affected assets of the caller's
/// scope grouped per unit, with evidence; <c>?format=xlsx</c> downloads the affected assets.
/// </summary>
public sealed class CveModel(VulnerabilityQuery query, VulnerabilityExport export, VigilDbContext db) : PageModel
{
    public CveDetailDto Cve { get; private set; } = null!;

    /// <summary>The units holding affected assets, in tree order, with their assets.</summary>
    public List<(Guid Id, string Code, string Name, List<VulnAssetDto> Assets)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string cveId, string? format, CancellationToken ct)
    {
        if (ExportFormat.WantsXlsx(format) is { IsSuccess: true, Value: true })
        {
            var file = await export.CveAsync(cveId, ct);
            return file.IsSuccess ? file.Value!.ToActionResult() : NotFound();
        }

        var found = await query.CveAsync(cveId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Cve = found.Value!;
        var byUnit = Cve.Assets.ToLookup(a => a.UnitId);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        Units = units.Where(u => byUnit.Contains(u.Id)).Select(u => (u.Id, u.Code, u.Name, byUnit[u.Id].ToList())).ToList();
        return Page();
    }

    /// <summary>The page has no form; a post is answered like an unknown page.</summary>
    public IActionResult OnPost() => NotFound();
}
