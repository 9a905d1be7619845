using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Units;
using Vigil.Server.Hosting;

namespace Vigil.Server.Pages.Units;

[Authorize(Policy = VigilAuthentication.ManageUnits)]
[RequestSizeLimit(UnitService.MaxImportBytes + 64 * 1024)]
public sealed class ImportModel(UnitService units, IStringLocalizer<SharedResource> text) : PageModel
{
    public UnitImportResultDto? Result { get; private set; }

    public PageMessages Messages { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Messages.Errors.Add(text["Import.NoFile"]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        Result = await units.ImportCsvAsync(buffer.ToArray(), ct);
        if (Result.Errors.Count == 0)
        {
            Messages.Success = text["Import.Done", Result.Created, Result.Updated];
        }
        else
        {
            Messages.Errors.Add(text["Import.Rejected", file.FileName, Result.Errors.Count]);
        }

        return Page();
    }
}
