namespace Vigil.Cli.Hunt;

/// <summary>The parsed command line of <c>vigil hunt</c>.</summary>
internal sealed record HuntOptions(IReadOnlyList<string> Iocs, HuntOutputFormat Format, int Threads, IReadOnlyList<string> Paths)
{
    public const string Usage = "vigil hunt --iocs FILE [--iocs FILE...] [--format jsonl|csv|text] [--threads N] PATH...";

    /// <summary>Null with a message when the arguments are wrong.</summary>
    public static (HuntOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var iocs = new List<string>();
        var paths = new List<string>();
        var format = HuntOutputFormat.Jsonl;
        var threads = 1;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--iocs" or "--format" or "--threads")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"{arg} needs a value");
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--iocs":
                        iocs.Add(value);
                        break;
                    case "--format" when Enum.TryParse<HuntOutputFormat>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _):
                        format = parsed;
                        break;
                    case "--format":
                        return (null, $"unknown output format '{value}' (jsonl, csv or text)");
                    case "--threads" when int.TryParse(value, out var n) && n is >= 0 and <= 256:
                        threads = n == 0 ? Environment.ProcessorCount : n;
                        break;
                    default:
                        return (null, $"--threads takes a number from 0 (all cores) to 256, not '{value}'");
                }

                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"unknown option {arg}");
            }

            paths.Add(arg);
        }

        if (iocs.Count == 0)
        {
            return (null, "at least one --iocs FILE is required");
        }

        return paths.Count == 0 ? (null, "give at least one PATH (a file, a folder, or - for standard input)") : (new HuntOptions(iocs, format, threads, paths), null);
    }
}
