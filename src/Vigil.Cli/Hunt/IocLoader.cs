using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Cli.Hunt;

/// <summary>
/// Reads the --iocs files in any format the indicator import accepts (a folder with manifest.json is a MISP feed) and
/// compiles them. Line-based lists (plain text, ipset) are imported in slices of lines so that a list of a million
/// indicators never has its whole import report in memory at once; duplicates across slices and files are merged by
/// the matcher with the import's action rule.
/// </summary>
internal static class IocLoader
{
    private const int LinesPerSlice = 10_000;

    /// <summary>A hunt needs the indicators and the errors, not a report row per accepted line.</summary>
    private static readonly IndicatorImportOptions s_options = new() { RecordAccepted = false };

    /// <summary>The compiled matcher, or null when a file could not be read (reported on stderr).</summary>
    public static IndicatorMatcher? Load(IReadOnlyList<string> files, TextWriter stderr)
    {
        var failed = false;
        var matcher = IndicatorMatcher.Build(Read(files, stderr, () => failed = true));
        return failed ? null : matcher;
    }

    private static IEnumerable<Indicator> Read(IReadOnlyList<string> files, TextWriter stderr, Action fail)
    {
        foreach (var file in files)
        {
            var rejected = 0;
            foreach (var report in Reports(file, stderr, fail))
            {
                foreach (var entry in report.Rejected)
                {
                    if (++rejected <= 5)
                    {
                        stderr.WriteLine($"vigil hunt: {entry.Location}: {entry.Code}: {entry.Reason}");
                    }
                }

                foreach (var indicator in report.Indicators)
                {
                    yield return indicator;
                }
            }

            if (rejected > 5)
            {
                stderr.WriteLine($"vigil hunt: {file}: {rejected - 5:N0} more rejected entries");
            }
        }
    }

    private static IEnumerable<ImportReport> Reports(string file, TextWriter stderr, Action fail)
    {
        byte[] content;
        try
        {
            if (MispFeedDirectory.Is(file))
            {
                return [MispFeedDirectory.Read(file)];
            }

            content = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"vigil hunt: {file}: cannot read the indicator file: {e.Message}");
            fail();
            return [];
        }

        var name = Path.GetFileName(file);
        var format = IndicatorImport.Detect(name, content);
        var utf16 = content.Length >= 2 && (content[0], content[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        return format is IndicatorFormat.PlainText or IndicatorFormat.Ipset && !utf16 ? Slices(format, content, name) : [IndicatorImport.Parse(format, content, name, s_options)];
    }

    /// <summary>Slices of whole lines, each imported on its own; locations are shifted back to the file's line numbers.</summary>
    private static IEnumerable<ImportReport> Slices(IndicatorFormat format, byte[] content, string name)
    {
        var start = 0;
        var firstLine = 0;
        while (start < content.Length)
        {
            var end = start;
            var lines = 0;
            while (end < content.Length && lines < LinesPerSlice)
            {
                var newline = content.AsSpan(end).IndexOf((byte)'\n');
                end = newline < 0 ? content.Length : end + newline + 1;
                lines++;
            }

            var report = IndicatorImport.Parse(format, content.AsSpan(start, end - start), name, s_options);
            var offset = firstLine;
            yield return offset == 0 ? report : report with
            {
                Entries = [.. report.Entries.Select(e => e with { Location = e.Location with { Line = e.Location.Line + offset } })],
            };
            firstLine += lines;
            start = end;
        }
    }
}
