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
    /// <summary>Enough of a file to tell its format (the import looks at the first 4 KiB of text).</summary>
    private const int HeadLength = 64 << 10;

    /// <summary>About 10,000 lines of a typical list per slice.</summary>
    private const int SliceBytes = 256 << 10;

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
        FileStream? stream = null;
        try
        {
            if (MispFeedDirectory.Is(file))
            {
                return [MispFeedDirectory.Read(file)];
            }

            stream = File.OpenRead(file);
            var head = new byte[HeadLength];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var name = Path.GetFileName(file);
            var format = IndicatorImport.Detect(name, head.AsSpan(0, headLength));
            var utf16 = headLength >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
            var zip = head.AsSpan(0, headLength).StartsWith("PK\u0003\u0004"u8);
            if (format is IndicatorFormat.PlainText or IndicatorFormat.Ipset && !utf16 && !zip)
            {
                var streamed = Slices(format, stream, head.AsSpan(0, headLength).ToArray(), file, stderr, fail);
                stream = null;
                return streamed;
            }

            // Documents (JSON, XML, spreadsheets, archives) are parsed whole.
            var content = new byte[stream.Length];
            head.AsSpan(0, headLength).CopyTo(content);
            stream.ReadExactly(content, headLength, content.Length - headLength);
            return [IndicatorImport.Parse(format, content, name, s_options)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"vigil hunt: {file}: cannot read the indicator file: {e.Message}");
            fail();
            return [];
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>
    /// Slices of whole lines read from the stream (a million indicators never sit in memory as one file), each
    /// imported on its own; locations are shifted back to the file's line numbers. Disposes the stream.
    /// </summary>
    private static IEnumerable<ImportReport> Slices(IndicatorFormat format, FileStream stream, byte[] head, string file, TextWriter stderr, Action fail)
    {
        using var owned = stream;
        var name = Path.GetFileName(file);
        var buffer = new byte[Math.Max(SliceBytes, head.Length * 2)];
        head.CopyTo(buffer, 0);
        var length = head.Length;
        var ended = false;
        var firstLine = 0;
        while (length > 0 || !ended)
        {
            try
            {
                while (!ended && length < buffer.Length)
                {
                    var read = stream.Read(buffer, length, buffer.Length - length);
                    ended = read == 0;
                    length += read;
                }
            }
            catch (IOException e)
            {
                stderr.WriteLine($"vigil hunt: {file}: cannot read the indicator file: {e.Message}");
                fail();
                yield break;
            }

            var cut = ended ? length : buffer.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && ended)
            {
                yield break;
            }

            if (cut == 0)
            {
                // One line longer than the buffer: grow until it fits (indicator lines are short; this is the odd file).
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            var report = IndicatorImport.Parse(format, buffer.AsSpan(0, cut), name, s_options);
            var offset = firstLine;
            firstLine += buffer.AsSpan(0, cut).Count((byte)'\n');
            buffer.AsSpan(cut, length - cut).CopyTo(buffer);
            length -= cut;
            yield return offset == 0 ? report : report with
            {
                Entries = [.. report.Entries.Select(e => e with { Location = e.Location with { Line = e.Location.Line + offset } })],
            };
        }
    }
}
