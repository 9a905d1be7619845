using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Misp;

namespace Vigil.Cli.Hunt;

/// <summary>Reads the --iocs files in any format the indicator import accepts; a folder with manifest.json is a MISP feed.</summary>
internal static class IocLoader
{
    /// <summary>The merged indicators, or null when a file could not be read (reported on stderr).</summary>
    public static IReadOnlyList<Indicator>? Load(IReadOnlyList<string> files, TextWriter stderr)
    {
        var all = new List<Indicator>();
        foreach (var file in files)
        {
            ImportReport report;
            try
            {
                var manifest = Path.Combine(file, "manifest.json");
                if (Directory.Exists(file) && File.Exists(manifest))
                {
                    report = MispFeedParser.Parse(File.ReadAllBytes(manifest), manifest, ReadEvent(file));
                }
                else
                {
                    var content = File.ReadAllBytes(file);
                    var name = Path.GetFileName(file);
                    report = IndicatorImport.Parse(IndicatorImport.Detect(name, content), content, name);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"vigil hunt: {file}: cannot read the indicator file: {e.Message}");
                return null;
            }

            foreach (var rejected in report.Rejected.Take(5))
            {
                stderr.WriteLine($"vigil hunt: {rejected.Location}: {rejected.Code}: {rejected.Reason}");
            }

            if (report.RejectedCount > 5)
            {
                stderr.WriteLine($"vigil hunt: {file}: {report.RejectedCount - 5:N0} more rejected entries");
            }

            all.AddRange(report.Indicators);
        }

        return IndicatorMerge.MergeAll(all);
    }

    private static Func<string, byte[]?> ReadEvent(string folder) => name =>
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    };
}
