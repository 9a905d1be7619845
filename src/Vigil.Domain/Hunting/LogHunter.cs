namespace Vigil.Domain.Hunting;

/// <summary>
/// Hunts indicators in blocks of whole log lines. The fast path scans the whole block for candidate tokens; only
/// the lines holding one are parsed by their format's reader, which keeps the hits in the right fields. A block is
/// independent of the others (given the file's header and its first line number), so callers can hunt blocks of one
/// file on several threads and concatenate the results in block order. One instance per thread: it keeps buffers.
/// </summary>
public sealed class LogHunter(IndicatorMatcher matcher)
{
    private readonly List<MatchCandidate> _candidates = [];

    public IndicatorMatcher Matcher { get; } = matcher ?? throw new ArgumentNullException(nameof(matcher));

    /// <summary>
    /// Hunts a whole stream on the calling thread, block by block, detecting its format from the first block unless
    /// one is given; hits are handed over in line order as each block is done. Returns the format used.
    /// </summary>
    public LogFormat HuntStream(Stream stream, string file, Action<HuntHit> onHit, LogFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(onHit);
        using var reader = new LogBlockReader(stream);
        var hits = new List<HuntHit>();
        LogHeader? header = null;
        var used = format ?? LogFormat.Text;
        while (reader.Next() is { } next)
        {
            using var block = next;
            if (header is null)
            {
                used = format ?? LogFormatDetector.Detect(block.Span);
                header = LogFormatDetector.ReadHeader(used, block.Span);
            }

            hits.Clear();
            HuntBlock(block.Span, block.FirstLine, file, used, header, hits);
            hits.ForEach(onHit);
        }

        return used;
    }

    /// <summary>Appends the hits of <paramref name="block"/> (whole lines; its first line is <paramref name="firstLine"/>) in line order.</summary>
    public void HuntBlock(ReadOnlySpan<byte> block, long firstLine, string file, LogFormat format, LogHeader header, List<HuntHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(header);
        var line = new HuntLine(Matcher, file, format);
        if (format == LogFormat.WindowsDns)
        {
            // Question names are written as "(3)www(4)evil(3)com(0)", without dots: every line is read.
            var number = firstLine;
            foreach (var range in block.Split((byte)'\n'))
            {
                ReadLine(line, block[range], number++, format, header, hits);
            }

            return;
        }

        _candidates.Clear();
        Matcher.Scan(block, _candidates);
        if (_candidates.Count == 0)
        {
            return;
        }

        _candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var counted = 0;
        var lineNumber = firstLine;
        var lineStart = 0;
        var lastLineStart = -1;
        foreach (var candidate in _candidates)
        {
            if (candidate.Start < lastLineStart)
            {
                continue;
            }

            // Line numbers are counted incrementally from the previous candidate, so the block is counted once.
            var before = block[counted..candidate.Start];
            var newlines = Newlines.Count(before);
            if (newlines > 0)
            {
                lineNumber += newlines;
                lineStart = counted + before.LastIndexOf((byte)'\n') + 1;
            }

            counted = candidate.Start;
            if (lineStart == lastLineStart)
            {
                continue;
            }

            lastLineStart = lineStart;
            var end = block[lineStart..].IndexOf((byte)'\n');
            var lineSpan = end < 0 ? block[lineStart..] : block.Slice(lineStart, end);
            ReadLine(line, lineSpan, lineNumber, format, header, hits);
        }
    }

    private static void ReadLine(HuntLine hunt, ReadOnlySpan<byte> line, long number, LogFormat format, LogHeader header, List<HuntHit> hits)
    {
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        hunt.Reset(number);
        switch (format)
        {
            case LogFormat.SuricataEve when JsonLineReader.ReadEve(hunt, line):
            case LogFormat.ZeekJson when JsonLineReader.ReadZeek(hunt, line):
                break;
            case LogFormat.ZeekTsv:
                ColumnLineReader.ReadZeekTsv(hunt, line, header);
                break;
            case LogFormat.WindowsFirewall:
                ColumnLineReader.ReadWindowsFirewall(hunt, line, header);
                break;
            case LogFormat.Squid:
                ColumnLineReader.ReadSquid(hunt, line);
                break;
            case LogFormat.WindowsDns:
                TextLineReader.ReadWindowsDns(hunt, line);
                break;
            case LogFormat.CiscoAsa or LogFormat.CiscoIos:
                TextLineReader.ReadCisco(hunt, line);
                break;
            default:
                hunt.Match("text", line, HuntValueKinds.All);
                break;
        }

        hunt.Flush(hits);
    }
}
