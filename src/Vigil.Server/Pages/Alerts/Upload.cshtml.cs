using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Alerts;
using Vigil.Server.Pages.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Pages.Alerts;

/// <summary>Upload a log file (plain or gzip) for a unit: it is retained and hunted like an API upload.</summary>
[DisableRequestSizeLimit] // The upload service enforces Vigil:Hunting:MaxUploadBytes on the decompressed content.
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class UploadModel(VigilDbContext db, LogUploadService uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public IFormFile? LogFile { get; set; }

    public LogHuntResultDto? Result { get; private set; }

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Units = await IndicatorUnits.ReadableAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await IndicatorUnits.ReadableAsync(db, ct);
        if (LogFile is null)
        {
            Messages.Errors.Add(text["Alerts.NoFile"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var stream = LogFile.OpenReadStream();
        var result = await uploads.UploadAsync(stream, UnitId, LogFile.FileName, ct);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            Messages.Add(result.Error!, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
        }

        return Page();
    }
}
