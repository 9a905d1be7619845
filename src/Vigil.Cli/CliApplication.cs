using System.Reflection;

namespace Vigil.Cli;

/// <summary>
/// Entry logic of <c>vigil</c>, separate from Program so tests can run it with their own writers. The command
/// set is small and flat, so a hand-written dispatcher is clearer than a parsing library.
/// </summary>
internal static class CliApplication
{
    public const string Usage = """
        Usage:
          vigil units check FILE.csv   Check an organisation-tree CSV without importing it
          vigil device parse FILE...   Parse Cisco show version / show inventory / show sysinfo output
                                       (FILE "-" reads standard input) and print it as JSON
          vigil ioc export --format FORMAT [--out DIR | -o FILE] [--name NAME] [--include-alert-only]
                 [--force-flagged] [--ips] [--own-networks CIDR,...] [--own-domains NAME,...] FILE...
                                       Compile indicator files (text, CSV, XLSX, DOCX, STIX, MISP, OpenIOC;
                                       a directory with manifest.json is a MISP feed) for a firewall, IDS or DNS
          vigil ioc formats            List the export formats
          vigil ioc import --server URL --token API_TOKEN [--unit ID] [--source TEXT] [--dry-run] [--strict] FILE...
                                       Send indicator files to the server's import (dry run: preview only)
          vigil hunt --iocs FILE [--iocs FILE...] [--format jsonl|csv|text] [--threads N] PATH...
                                       Hunt indicators in logs (files, folders, gzip, "-" for standard
                                       input); exit 0 found, 1 nothing found, 2 error
          vigil --version              Print the version
          vigil --help                 Print this help
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, TextReader.Null, stdout, stderr);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, () => ToStream(stdin), errorIsTerminal: false);

    /// <summary>
    /// <paramref name="openStdin"/> gives standard input as bytes (hunting reads logs as bytes, gzip included);
    /// <paramref name="errorIsTerminal"/> turns on progress output on stderr.
    /// </summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin, bool errorIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        switch (args)
        {
            case ["--version"]:
                stdout.WriteLine($"vigil {Version}");
                return ExitCodes.Ok;
            case ["--help" or "-h" or "help"]:
                stdout.WriteLine(Usage);
                return ExitCodes.Ok;
            case ["units", "check", var file] when !file.StartsWith('-'):
                return UnitsCheckCommand.Run(file, stdout, stderr);
            case ["ioc", "formats"]:
                return IocExportCommand.Formats(stdout);
            case ["ioc", "export", .. var rest]:
                return IocExportCommand.Run(rest, stdout, stderr, TimeProvider.System);
            case ["hunt", .. var huntArgs]:
                return Hunt.HuntCommand.Run(huntArgs, openStdin, stdout, stderr, errorIsTerminal);
            case ["device", "parse", .. var files] when files.Length > 0 && files.All(f => f == DeviceParseCommand.StdinName || !f.StartsWith('-')):
                return DeviceParseCommand.Run(files, stdin, stdout, stderr);
            case ["ioc", "import", .. var rest]:
                return IocImportCommand.Run(rest, stdout, stderr);
            default:
                stderr.WriteLine(args.Length == 0 ? "vigil: a command is required." : $"vigil: unknown command or arguments: {string.Join(' ', args)}");
                stderr.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }

    private static MemoryStream ToStream(TextReader reader) => new(System.Text.Encoding.UTF8.GetBytes(reader.ReadToEnd()));

    public static string Version
    {
        get
        {
            var assembly = typeof(CliApplication).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

            // The SDK appends "+<commit>" to the informational version; the short form is what people compare.
            return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        }
    }
}
