using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Indicators;
using Vigil.Server.Features.Vulnerabilities;
using Vigil.Storage;

namespace Vigil.Server.Pages.Vulnerabilities;

/// <summary>Bulletins with the caller's affected counts, and for those who may the bulletin import (sheet or CSAF) and the
/// catalog import (NVD CVE records, the CISA KEV list) that matching reads.</summary>
public sealed class IndexModel(VulnerabilityQuery query, VulnerabilityImportService imports, VigilDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    public List<BulletinListItemDto> Bulletins { get; private set; } = [];

    public bool CanImport { get; private set; }

    public PageMessages Messages { get; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? BulletinTitle { get; set; }

    /// <summary>"nvd" or "kev".</summary>
    [BindProperty]
    public string? CatalogKind { get; set; }

    [BindProperty]
    public List<IFormFile> CatalogFiles { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0 || Upload.Length > VulnerabilityEndpoints.MaxUploadBytes)
        {
            Messages.Errors.Add(text["Vuln.FileRequired"]);
            await LoadAsync(ct);
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var upload = new ImportUpload(Path.GetFileName(Upload.FileName), buffer.ToArray());
        var outcome = upload.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? await imports.ImportCsafAsync(upload, ct)
            : await imports.ImportSheetAsync(upload, DocumentNumber, Date, BulletinTitle, ct);
        if (outcome.Value is { BulletinId: { } id })
        {
            return Redirect($"/vulnerabilities/{id}");
        }

        if (outcome.Error is { } error)
        {
            Messages.Errors.Add(error.Message);
        }

        Messages.Errors.AddRange(outcome.Errors.Select(e => e.ToString()));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCatalogAsync(CancellationToken ct)
    {
        var files = CatalogFiles.Where(f => f.Length > 0).ToList();
        if (files.Count == 0 || files.Sum(f => f.Length) > VulnerabilityEndpoints.MaxUploadBytes || CatalogKind is not ("nvd" or "kev"))
        {
            Messages.Errors.Add(text["Vuln.FileRequired"]);
            await LoadAsync(ct);
            return Page();
        }

        var uploads = new List<ImportUpload>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new ImportUpload(Path.GetFileName(file.FileName), buffer.ToArray()));
        }

        var outcome = CatalogKind == "nvd" ? await imports.ImportNvdAsync(uploads, ct) : await imports.ImportKevAsync(uploads, ct);
        if (outcome.Value is { } stored)
        {
            Messages.Success = text["Vuln.CatalogImported", stored.Items, stored.Created, stored.Updated, stored.Unchanged];
        }
        else if (outcome.Error is { } error)
        {
            Messages.Errors.Add(error.Message);
        }

        Messages.Errors.AddRange(outcome.Errors.Select(e => e.ToString()));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanImport = VulnerabilityAccess.Imports(db);
        Bulletins = await query.BulletinsAsync(ct);
    }
}
