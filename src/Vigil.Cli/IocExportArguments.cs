using Vigil.Domain.Indicators.Export;

namespace Vigil.Cli;

/// <summary>The parsed command line of <c>vigil ioc export</c>; <see cref="Error"/> is set when it is wrong.</summary>
internal sealed record IocExportArguments
{
    public IndicatorExportFormat Format { get; init; }

    public string? OutDirectory { get; init; }

    public string? OutFile { get; init; }

    public string? Name { get; init; }

    public bool IncludeAlertOnly { get; init; }

    public bool ForceFlagged { get; init; }

    public bool IpsMode { get; init; }

    public IReadOnlyList<string> OwnNetworks { get; init; } = [];

    public IReadOnlyList<string> OwnDomains { get; init; } = [];

    public IReadOnlyList<string> Files { get; init; } = [];

    public string? Error { get; init; }

    public static IocExportArguments Parse(IReadOnlyList<string> args)
    {
        var result = new IocExportArguments();
        var files = new List<string>();
        string? format = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--format" or "-f":
                    format = Value();
                    break;
                case "--out":
                    result = result with { OutDirectory = Value() ?? "" };
                    break;
                case "-o" or "--output":
                    result = result with { OutFile = Value() ?? "" };
                    break;
                case "--name":
                    result = result with { Name = Value() ?? "" };
                    break;
                case "--include-alert-only":
                    result = result with { IncludeAlertOnly = true };
                    break;
                case "--force-flagged":
                    result = result with { ForceFlagged = true };
                    break;
                case "--ips":
                    result = result with { IpsMode = true };
                    break;
                case "--own-networks":
                    result = result with { OwnNetworks = List(Value()) };
                    break;
                case "--own-domains":
                    result = result with { OwnDomains = List(Value()) };
                    break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        return new IocExportArguments { Error = $"unknown option {arg}" };
                    }

                    files.Add(arg);
                    break;
            }
        }

        if (format is null)
        {
            return new IocExportArguments { Error = "--format is required (vigil ioc formats lists them)" };
        }

        if (!IndicatorExportFormats.TryParse(format, out var parsed))
        {
            return new IocExportArguments { Error = $"unknown format \"{format}\" (vigil ioc formats lists them)" };
        }

        if (files.Count == 0)
        {
            return new IocExportArguments { Error = "give at least one indicator file" };
        }

        if (result.OutDirectory is "" || result.OutFile is "" || result.Name is "" || (result.OutDirectory is not null && result.OutFile is not null))
        {
            return new IocExportArguments { Error = "--out DIR and -o FILE take a value and exclude each other; --name takes a value" };
        }

        return result with { Format = parsed, Files = files };
    }

    private static List<string> List(string? value) =>
        [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
