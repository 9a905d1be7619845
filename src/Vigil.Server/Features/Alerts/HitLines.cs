using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// The text of the few lines that hold a hit without addresses (Cisco and plain-text lines: the engine reports no
/// source or destination for them), read again from the retained file so the other party of the line can be found.
/// </summary>
internal static partial class HitLines
{
    private const int MaxLineChars = 8192;

    /// <summary>Lines <paramref name="wanted"/> (1-based, counted from <paramref name="from"/>) of the file's range.</summary>
    public static Dictionary<long, string> Read(string path, long from, long end, IReadOnlySet<long> wanted)
    {
        var lines = new Dictionary<long, string>();
        if (wanted.Count == 0)
        {
            return lines;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.Position = from;
        using var reader = new StreamReader(new LineCountingStream(file, end - from), Encoding.UTF8, false, 64 * 1024);
        var last = wanted.Max();
        long number = 0;
        while (number < last && reader.ReadLine() is { } line)
        {
            if (wanted.Contains(++number))
            {
                lines[number] = line.Length > MaxLineChars ? line[..MaxLineChars] : line;
            }
        }

        return lines;
    }

    /// <summary>The addresses written in a line, in order, IPv4-mapped forms reduced, without duplicates.</summary>
    public static List<string> Addresses(string line)
    {
        var found = new List<string>();
        foreach (Match match in AddressToken().Matches(line))
        {
            if (IPAddress.TryParse(match.Value, out var ip))
            {
                var text = (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
                if (!found.Contains(text))
                {
                    found.Add(text);
                }
            }
        }

        return found;
    }

    // IPv4 may follow a colon ("inside:10.1.2.3/443" in Cisco lines); IPv6 is a run of hex digits and colons.
    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])|(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:.])")]
    private static partial Regex AddressToken();
}
