using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// show sysinfo of an AireOS wireless LAN controller: "Key....... value" lines. Its model and serial come from the
// controller's show inventory.
public static partial class CiscoCliParser
{
    [GeneratedRegex(@"^(?<key>[A-Za-z0-9'][^.]*?)\s*\.{2,}\s*(?<val>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedKeyLine();

    private static void ReadAireOs(string[] lines, bool[] skip, CliFacts facts)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i] || lines[i].Length == 0 || !lines[i].Contains("..", StringComparison.Ordinal))
            {
                continue;
            }

            var match = DottedKeyLine().Match(lines[i].Trim());
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["val"].Value.Trim();
            var lineNo = i + 1;
            switch (match.Groups["key"].Value)
            {
                case "Product Version":
                    facts.SetVersion(value, lineNo);
                    break;
                case "System Name":
                    facts.SetHostname(value, lineNo);
                    break;
                case "System Up Time":
                    facts.Uptime ??= (value, lineNo);
                    break;
                case "Last Reset":
                    facts.SetReloadReason(value, 1);
                    break;
                case "IP Address":
                    facts.ManagementAddress ??= value.Length == 0 ? null : value;
                    break;
                case "Product Name":
                    facts.SoftwareDescription ??= value;
                    break;
            }
        }
    }
}
