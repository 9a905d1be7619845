namespace Vigil.Domain.Devices;

// Small-business switches (SF/SG 200/300, SG/SF 350/550X, CBS 250/350): show version prints "SW version" (1.x) or an
// "Active-image:" block with an indented "Version:" (2.x, 3.x); show system prints "System Description/Name/Up Time".
public static partial class CiscoCliParser
{
    private static void ReadSmallBusiness(string[] lines, bool[] skip, CliFacts facts)
    {
        var inActiveImage = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var t = lines[i].TrimStart();
            var lineNo = i + 1;
            if (t.StartsWith("Active-image:", StringComparison.OrdinalIgnoreCase))
            {
                facts.Image ??= FirstToken(t["Active-image:".Length..]);
                inActiveImage = true;
            }
            else if (t.StartsWith("Inactive-image:", StringComparison.OrdinalIgnoreCase))
            {
                inActiveImage = false;
            }
            else if (inActiveImage && t.StartsWith("Version:", StringComparison.OrdinalIgnoreCase))
            {
                facts.SetVersion(FirstToken(t["Version:".Length..]), lineNo);
                inActiveImage = false;
            }
            else if (t.StartsWith("SW version", StringComparison.OrdinalIgnoreCase) && t.Length > 10 && char.IsWhiteSpace(t[10]))
            {
                facts.SetVersion(FirstToken(t[10..]), lineNo);
            }
            else if (t.StartsWith("System Description:", StringComparison.Ordinal))
            {
                var description = t["System Description:".Length..].Trim();
                facts.SoftwareDescription ??= description;
                facts.Model ??= SmallBusinessModel(description);
            }
            else if (t.StartsWith("System Name:", StringComparison.Ordinal))
            {
                facts.SetHostname(t["System Name:".Length..].Trim(), lineNo);
            }
            else if (t.StartsWith("System Up Time", StringComparison.Ordinal) && t.IndexOf("):", StringComparison.Ordinal) is var colon and > 0)
            {
                facts.Uptime ??= (t[(colon + 2)..].Trim(), lineNo);
            }
            else if (t.StartsWith("Serial number", StringComparison.OrdinalIgnoreCase) && ValueAfterColon(t) is { } serial)
            {
                facts.SetSerial(serial, lineNo);
            }
        }
    }

    /// <summary>"SG350-28P 28-Port Gigabit PoE Managed Switch" → "SG350-28P"; other descriptions give no model.</summary>
    internal static string? SmallBusinessModel(string description)
    {
        var first = FirstToken(description);
        return IsSmallBusinessModel(first) ? first : null;
    }

    private static bool IsSmallBusinessModel(string word) =>
        word.Length >= 5 && (word.StartsWith("SG", StringComparison.OrdinalIgnoreCase) || word.StartsWith("SF", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("SX", StringComparison.OrdinalIgnoreCase) || word.StartsWith("CBS", StringComparison.OrdinalIgnoreCase))
        && word.Any(char.IsAsciiDigit);
}
