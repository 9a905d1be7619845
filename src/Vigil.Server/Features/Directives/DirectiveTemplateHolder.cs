using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// The report templates in force: the embedded defaults with the site's <c>&lt;data&gt;/templates/*.yaml</c> applied,
/// read once. A bad site file is logged with its line and column and the defaults stay in force.
/// </summary>
public sealed class DirectiveTemplateHolder(StorageOptions storage, ILogger<DirectiveTemplateHolder> logger)
{
    public const string Folder = "templates";

    private const long MaxFileBytes = 1024 * 1024;

    private readonly Lazy<ReportTemplates> _current = new(() => Load(storage, logger));

    public ReportTemplates Current => _current.Value;

    private static ReportTemplates Load(StorageOptions storage, ILogger logger)
    {
        var folder = Path.Combine(storage.DataDirectoryFullPath, Folder);
        if (!Directory.Exists(folder))
        {
            return ReportTemplates.Default;
        }

        var files = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (new FileInfo(file).Length <= MaxFileBytes)
            {
                files.Add((Folder + "/" + Path.GetFileName(file), File.ReadAllText(file)));
            }
            else
            {
                Log.TemplateFileRefused(logger, file, $"larger than {MaxFileBytes} bytes");
            }
        }

        var result = ReportTemplates.WithSiteFiles(files);
        if (result.IsSuccess)
        {
            return result.Value!;
        }

        Log.TemplateFileRefused(logger, folder, result.Error!.Message);
        return ReportTemplates.Default;
    }
}
