using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.InventoryImport;
using Vigil.Storage;

namespace Vigil.Server.Pages.Inventory;

/// <summary>
/// The import wizard: upload → preview (errors, or what would change) → confirm. The upload is kept server-side
/// between the two steps (<see cref="PendingImportStore"/>) so the person chooses the file once and the commit is
/// exactly the previewed bytes, re-validated against the database as it is at that moment.
/// </summary>
[RequestSizeLimit(InventoryImportService.MaxUploadBytes + (64 * 1024))]
public sealed class ImportModel(InventoryImportService imports, PendingImportStore pending, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    public InventoryImportResultDto? Result { get; private set; }

    /// <summary>Set while a valid preview waits for confirmation.</summary>
    public string? PendingId { get; private set; }

    public bool CanImport => imports.CanImport;

    public PageMessages Messages { get; } = new();

    public int MaxRows => InventorySheetParser.MaxRows;

    public int MaxMegabytes => InventoryImportService.MaxUploadBytes / (1024 * 1024);

    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate(string? format) => format switch
    {
        "computers" => File(InventoryTemplate.CachedCsv(InventorySheetKind.Computers), InventoryTemplate.CsvContentType, InventoryTemplate.ComputersCsvFileName),
        "network-devices" => File(InventoryTemplate.CachedCsv(InventorySheetKind.NetworkDevices), InventoryTemplate.CsvContentType, InventoryTemplate.NetworkDevicesCsvFileName),
        _ => File(InventoryTemplate.CachedXlsx, InventoryTemplate.XlsxContentType, InventoryTemplate.XlsxFileName),
    };

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (!Allowed())
        {
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            Messages.Errors.Add(text["InventoryImport.NoFile"]);
            return Page();
        }

        if (file.Length > InventoryImportService.MaxUploadBytes)
        {
            Messages.Errors.Add(text["InventoryImport.TooLarge", InventoryImportService.MaxUploadBytes / (1024 * 1024)]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var result = await imports.ImportAsync(content, file.FileName, dryRun: true, ct);
        if (!Show(result))
        {
            return Page();
        }

        if (Result!.Errors.Count == 0)
        {
            PendingId = pending.Save(access.ActorId!.Value, Result.FileName, content, Result.Sha256);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? pendingId, CancellationToken ct)
    {
        if (!Allowed())
        {
            return Page();
        }

        var upload = pending.Load(pendingId, access.ActorId!.Value);
        if (upload is null)
        {
            Messages.Errors.Add(text["InventoryImport.Expired"]);
            return Page();
        }

        var result = await imports.ImportAsync(upload.Content, upload.FileName, dryRun: false, ct);
        if (Show(result) && Result!.Committed)
        {
            pending.Delete(pendingId);
            Messages.Success = text["InventoryImport.Done", Result.FileName];
        }

        return Page();
    }

    public IActionResult OnPostCancel(string? pendingId)
    {
        if (access.ActorId is not null)
        {
            pending.Delete(pending.Load(pendingId, access.ActorId.Value) is null ? null : pendingId);
        }

        return RedirectToPage();
    }

    public string Reason(InventoryImportErrorDto error) => English ? error.EnglishMessage : error.Message;

    private bool Allowed()
    {
        if (CanImport && access.ActorId is not null)
        {
            return true;
        }

        Messages.Errors.Add(text["InventoryImport.NotAllowed"]);
        return false;
    }

    /// <summary>Shows a use-case result; false when it was an error (then already in the messages).</summary>
    private bool Show(Domain.Common.Result<InventoryImportResultDto> result)
    {
        if (!result.IsSuccess)
        {
            Messages.Add(result.Error!, text);
            return false;
        }

        Result = result.Value;
        if (Result!.Errors.Count > 0)
        {
            Messages.Errors.Add(text["InventoryImport.Rejected", Result.FileName, Result.Errors.Count]);
        }

        return true;
    }
}
