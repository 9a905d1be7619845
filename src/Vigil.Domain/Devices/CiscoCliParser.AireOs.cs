namespace Vigil.Domain.Devices;

// show sysinfo of an AireOS wireless LAN controller: "Key....... value" lines. Its model and serial come from the
// controller's show inventory.
public static partial class CiscoCliParser
{
    private static void ReadAireOs(string[] lines, bool[] skip, CliFacts facts)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var dots = skip[i] ? -1 : lines[i].IndexOf("..", StringComparison.Ordinal);
            if (dots <= 0)
            {
                continue;
            }

            // "Product Version.................................. 8.10.151.0": the key ends where the dots start.
            var line = lines[i];
            var end = dots;
            while (end < line.Length && line[end] == '.')
            {
                end++;
            }

            var value = line[end..].Trim();
            var lineNo = i + 1;
            switch (line.AsSpan(0, dots).Trim())
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
