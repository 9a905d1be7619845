using Vigil.Domain.Hunting;

namespace Vigil.Cli.Hunt;

/// <summary>
/// <c>vigil hunt</c>: compiles the --iocs files into a matcher and hunts every PATH. Work is cut into blocks of whole
/// lines (across files and within large files); with --threads N, N blocks are hunted at once and their hits written
/// in block order, so the output is the same, file by file and line by line, whatever the thread count. Exit status
/// as grep: 0 something found, 1 nothing found, 2 an error (bad arguments, unreadable indicator file or log).
/// </summary>
internal static class HuntCommand
{
    public const int Found = 0;
    public const int NotFound = 1;
    public const int Error = 2;

    private sealed record WorkItem(HuntInput Input, LogFormat Format, LogHeader Header, LogBlock Block);

    public static int Run(IReadOnlyList<string> args, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, bool progress)
    {
        var (options, error) = HuntOptions.Parse(args);
        if (options is null)
        {
            stderr.WriteLine($"vigil hunt: {error}");
            stderr.WriteLine("Usage: " + HuntOptions.Usage);
            return Error;
        }

        var matcher = IocLoader.Load(options.Iocs, stderr);
        if (matcher is null)
        {
            return Error;
        }

        if (matcher.Count == 0)
        {
            stderr.WriteLine("vigil hunt: the indicator files hold no address, domain, URL or hash to hunt for");
            return Error;
        }

        var inputs = HuntInput.Expand(options.Paths, stderr, out var failed);
        var writer = new HuntWriter(stdout, options.Format);
        var meter = progress ? new HuntProgress(stderr, inputs.Sum(i => i.Size)) : null;
        var batch = new List<WorkItem>();
        var found = 0L;
        foreach (var input in inputs)
        {
            try
            {
                using var stream = input.Path is null ? openStdin() : new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
                using var reader = new LogBlockReader(stream);
                LogFormat? format = null;
                var header = LogHeader.None;
                while (reader.Next() is { } block)
                {
                    if (format is null)
                    {
                        format = LogFormatDetector.Detect(block.Span);
                        header = LogFormatDetector.ReadHeader(format.Value, block.Span);
                    }

                    batch.Add(new WorkItem(input, format.Value, header, block));
                    if (batch.Count >= options.Threads * 2)
                    {
                        found += Flush(batch, matcher, options.Threads, writer, meter);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                found += Flush(batch, matcher, options.Threads, writer, meter);
                stderr.WriteLine($"vigil hunt: {input.Name}: cannot read the log: {e.Message}");
                failed = true;
            }
        }

        found += Flush(batch, matcher, options.Threads, writer, meter);
        meter?.Finish(found);
        return failed ? Error : found > 0 ? Found : NotFound;
    }

    private static long Flush(List<WorkItem> batch, IndicatorMatcher matcher, int threads, HuntWriter writer, HuntProgress? meter)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var results = new List<HuntHit>[batch.Count];
        if (threads <= 1 || batch.Count == 1)
        {
            var hunter = new LogHunter(matcher);
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = Hunt(hunter, batch[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new LogHunter(matcher), (i, _, hunter) => { results[i] = Hunt(hunter, batch[i]); return hunter; }, _ => { });
        }

        var count = 0L;
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var hit in results[i])
            {
                writer.Write(hit);
            }

            count += results[i].Count;
            meter?.Advance(batch[i].Block.Length, results[i].Count);
        }

        batch.Clear();
        return count;
    }

    private static List<HuntHit> Hunt(LogHunter hunter, WorkItem item)
    {
        var hits = new List<HuntHit>();
        hunter.HuntBlock(item.Block.Span, item.Block.FirstLine, item.Input.Name, item.Format, item.Header, hits);
        return hits;
    }
}
