using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Pages.Indicators;

/// <summary>
/// The import wizard: upload → per-line report and warnings (a dry run) → tick overrides with a reason → commit. The
/// uploaded files ride along in the form between the two steps, so nothing is stored before the commit.
/// </summary>
public sealed class ImportModel(IndicatorImportService imports, VigilDbContext db, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class StagedFile
    {
        public string Name { get; set; } = "";

        public string Content { get; set; } = "";
    }

    public sealed class Decision
    {
        public string Type { get; set; } = "";

        public string Value { get; set; } = "";

        public bool Override { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public List<StagedFile> Staged { get; set; } = [];

    [BindProperty]
    public List<Decision> Decisions { get; set; } = [];

    public ImportResultDto? Result { get; private set; }

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Units = await IndicatorUnits.ReadableAsync(db, ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Staged = [];
        foreach (var file in Files.Take(options.Value.MaxFiles))
        {
            if (file.Length > options.Value.MaxFileBytes)
            {
                Messages.Errors.Add($"{file.FileName}: > {options.Value.MaxFileBytes} bytes");
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            Staged.Add(new StagedFile { Name = Path.GetFileName(file.FileName), Content = Convert.ToBase64String(buffer.ToArray()) });
        }

        return await RunAsync(commit: false, ct);
    }

    public Task<IActionResult> OnPostCommitAsync(CancellationToken ct) => RunAsync(commit: true, ct);

    private async Task<IActionResult> RunAsync(bool commit, CancellationToken ct)
    {
        Units = await IndicatorUnits.ReadableAsync(db, ct);
        List<ImportUpload> uploads = [];
        foreach (var staged in Staged)
        {
            var content = new byte[staged.Content.Length];
            if (!Convert.TryFromBase64String(staged.Content, content, out var length))
            {
                return BadRequest();
            }

            uploads.Add(new ImportUpload(staged.Name, content[..length]));
        }

        var overrides = Decisions.Where(d => d.Override).Select(d => new OverrideRequestDto(d.Type, d.Value, d.Reason)).ToList();
        var result = await imports.ImportAsync(UnitId, uploads, Source, overrides, commit, ct);
        if (!result.IsSuccess)
        {
            Messages.Add(result.Error!, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
            // Show the report again so the person can fix the overrides without uploading again.
            if (commit && uploads.Count > 0 && (await imports.ImportAsync(UnitId, uploads, Source, [], false, ct)) is { IsSuccess: true } again)
            {
                Result = again.Value;
            }

            return Page();
        }

        Result = result.Value;
        if (commit)
        {
            Messages.Success = text["Indicators.Imported"];
            Staged = [];
        }

        return Page();
    }
}
