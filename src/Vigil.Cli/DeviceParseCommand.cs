using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Domain.Devices;

namespace Vigil.Cli;

/// <summary>
/// <c>vigil device parse FILE [FILE…]</c> (<c>-</c> for standard input): reads pasted Cisco CLI output and prints a JSON
/// array with one <see cref="DeviceParseDto"/> per file that parsed; each file that did not is reported on stderr as
/// <c>FILE:LINE: reason</c> and makes the exit code 1.
/// </summary>
internal static class DeviceParseCommand
{
    public const string StdinName = "-";

    private static readonly JsonTypeInfo<List<DeviceParseDto>> s_json = (JsonTypeInfo<List<DeviceParseDto>>)
        new JsonSerializerOptions(VigilJsonContext.Default.Options) { WriteIndented = true }.GetTypeInfo(typeof(List<DeviceParseDto>));

    public static int Run(IReadOnlyList<string> files, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var results = new List<DeviceParseDto>();
        var failed = false;
        foreach (var file in files)
        {
            var text = Read(file, stdin, stderr);
            if (text is null)
            {
                failed = true;
                continue;
            }

            var parsed = CiscoCliParser.Parse(text);
            if (!parsed.IsSuccess)
            {
                stderr.WriteLine($"{file}:{CiscoCliParser.LineOf(parsed.Error!) ?? 1}: {parsed.Error!.Message}");
                failed = true;
                continue;
            }

            results.Add(DeviceParseMapping.ToDto(parsed.Value!, file));
        }

        if (results.Count > 0 || !failed)
        {
            stdout.WriteLine(JsonSerializer.Serialize(results, s_json));
        }

        return failed ? ExitCodes.InputInvalid : ExitCodes.Ok;
    }

    /// <summary>Reads a file as text (UTF-8, or UTF-16 with a byte-order mark as Windows PowerShell redirects write it), within the parser's size limit.</summary>
    private static string? Read(string file, TextReader stdin, TextWriter stderr)
    {
        try
        {
            using var reader = file == StdinName ? null : new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var source = reader ?? stdin;
            var buffer = new char[CiscoCliParser.MaxInputLength + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = source.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > CiscoCliParser.MaxInputLength)
            {
                stderr.WriteLine($"{file}:1: the file has more than {CiscoCliParser.MaxInputLength:N0} characters; give show version and show inventory only");
                return null;
            }

            return new string(buffer, 0, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{file}: cannot read the file: {e.Message}");
            return null;
        }
    }
}
