using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

/// <summary>A prompt line of a pasted session ("Switch#show version", "asa1/pri/act# sh ver", "(Cisco Controller) &gt;show sysinfo").</summary>
/// <param name="Host">The host part, or null for a WLC's default "(Cisco Controller)" prompt.</param>
/// <param name="Command">The command as one of the recognised names, <see cref="Other"/>, or "" for a bare prompt.</param>
internal sealed partial record CliPrompt(string? Host, string Command, string Typed)
{
    public const string ShowVersion = "show version";
    public const string ShowInventory = "show inventory";
    public const string ShowSysinfo = "show sysinfo";
    public const string ShowSystem = "show system";
    public const string Other = "other";

    [GeneratedRegex(@"^(?<host>[A-Za-z0-9][\w.\-/]{0,62})(?:\((?:config|vlan)[\w\-]*\))?\s?[#>]\s*(?<cmd>(?:[a-z].*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosPrompt();

    [GeneratedRegex(@"^\((?<host>[^()]{1,63})\)\s*>\s*(?<cmd>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WlcPrompt();

    public static CliPrompt? Read(string line)
    {
        if (line.Length == 0 || (line.IndexOf('#', StringComparison.Ordinal) < 0 && line.IndexOf('>', StringComparison.Ordinal) < 0))
        {
            return null;
        }

        string? host;
        string typed;
        var wlc = line[0] == '(' ? WlcPrompt().Match(line) : null;
        if (wlc is { Success: true })
        {
            host = wlc.Groups["host"].Value.Trim();
            typed = wlc.Groups["cmd"].Value.Trim();
            if (host.Equals("Cisco Controller", StringComparison.OrdinalIgnoreCase))
            {
                host = null;
            }
        }
        else
        {
            var match = IosPrompt().Match(line);
            if (!match.Success)
            {
                return null;
            }

            host = match.Groups["host"].Value;
            typed = match.Groups["cmd"].Value.Trim();
        }

        return new CliPrompt(host, Classify(typed), typed);
    }

    /// <summary>Names what was typed, with the abbreviations people use ("sh ver", "sho inv", "show version | i Ver").</summary>
    public static string Classify(string typed)
    {
        if (typed.Length == 0)
        {
            return "";
        }

        var pipe = typed.IndexOf('|', StringComparison.Ordinal);
        var words = (pipe < 0 ? typed : typed[..pipe]).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !"show".StartsWith(words[0], StringComparison.Ordinal) || words[0].Length < 2)
        {
            return Other;
        }

        var what = words[1];
        return what.Length >= 3 && "version".StartsWith(what, StringComparison.Ordinal) ? ShowVersion
            : what.Length >= 3 && "inventory".StartsWith(what, StringComparison.Ordinal) ? ShowInventory
            : what.Length >= 4 && "sysinfo".StartsWith(what, StringComparison.Ordinal) ? ShowSysinfo
            : what.Length >= 4 && "system".StartsWith(what, StringComparison.Ordinal) ? ShowSystem
            : Other;
    }
}
