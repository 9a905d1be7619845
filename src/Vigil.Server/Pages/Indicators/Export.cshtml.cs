using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Indicators;

namespace Vigil.Server.Pages.Indicators;

/// <summary>Compile a pack or everything the person's unit enforces: copy a single file from the page, or download it.</summary>
public sealed class ExportModel(IndicatorExportService exports, PackService packs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Pack { get; set; }

    public IReadOnlyList<PackSummaryDto> Packs { get; private set; } = [];

    public IReadOnlyList<string> SingleFile { get; private set; } = [];

    public string? Output { get; private set; }

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Packs = await packs.ListAsync(ct);
        SingleFile = [.. IndicatorExportService.SingleFileFormats().Select(f => f.Name)];
        if (Format is null)
        {
            return;
        }

        var export = await exports.ExportAsync(Format, Pack, null, ct);
        if (!export.IsSuccess)
        {
            Messages.Errors.Add(export.Error!.Message);
            return;
        }

        Output = export.Value.Files.Count == 1 ? export.Value.Files[0].Content : string.Join("\n", export.Value.Files.Select(f => "# " + f.Name + "\n" + f.Content));
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var export = await exports.ExportAsync(Format, Pack, null, ct);
        if (!export.IsSuccess)
        {
            return NotFound();
        }

        var files = export.Value.Files;
        if (files.Count == 1)
        {
            return File(Encoding.UTF8.GetBytes(files[0].Content), files[0].MediaType, files[0].Name);
        }

        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(file.Name).Open(), new UTF8Encoding(false));
                await writer.WriteAsync(file.Content);
            }
        }

        return File(buffer.ToArray(), "application/zip", $"vigil-{Format}.zip");
    }
}
