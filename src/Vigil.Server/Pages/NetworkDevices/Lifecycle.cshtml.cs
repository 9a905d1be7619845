using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Lifecycle;
using Vigil.Server.Features.NetworkDevices;
using Vigil.Storage;

namespace Vigil.Server.Pages.NetworkDevices;

/// <summary>The end-of-sale / end-of-support catalog; administrators import and remove entries.</summary>
[RequestSizeLimit(DeviceLifecycleFile.MaxLength * 2L)]
public sealed class LifecycleModel(DeviceLifecycleService lifecycle, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? FileText { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public string? Vendor { get; set; }

    [BindProperty]
    public string? Pattern { get; set; }

    public bool IsAdministrator => access.Scope.Role == Role.Administrator;

    public IReadOnlyList<DeviceLifecycleEntryDto> Entries { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Entries = await lifecycle.ListAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var result = await lifecycle.ImportAsync(FileText, "upload", Replace, ct);
        if (result.IsSuccess)
        {
            var counts = result.Value!;
            Messages.Success = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Lifecycle.Imported"], counts.Added, counts.Updated, counts.Unchanged, counts.Removed);
            FileText = null;
        }

        return await AfterAsync(result.Error, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await lifecycle.DeleteAsync(Vendor, Pattern, ct);
        if (result.IsSuccess)
        {
            Messages.Success = text["Lifecycle.Deleted"];
        }

        return await AfterAsync(result.Error, ct);
    }

    private async Task<IActionResult> AfterAsync(Error? error, CancellationToken ct)
    {
        if (error is not null)
        {
            if (error.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }

        Entries = await lifecycle.ListAsync(ct);
        return Page();
    }
}
