using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// show version of NX-OS: an indented "Software" block (NXOS: version on 7.x/9.x and later, system: version on 5.x–7.x
// of the Nexus 5000/7000), a "Hardware" block, then uptime and the last reset.
public static partial class CiscoCliParser
{
    [GeneratedRegex(@"^(?<what>NXOS|system|kickstart):\s+version\s+(?<ver>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex NxOsVersionLine();

    [GeneratedRegex(@"^(?<what>NXOS|system|kickstart) image file is:\s*(?<img>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex NxOsImageLine();

    [GeneratedRegex(@"^cisco\s+(?<model>.+?)\s*(?:[Cc]hassis|\(|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NxOsChassisLine();

    private static void ReadNxOs(string[] lines, bool[] skip, CliFacts facts)
    {
        string?[] versions = new string?[3];
        string?[] images = new string?[3];
        var versionLines = new int[3];
        var afterLastReset = false;

        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var t = lines[i].TrimStart();
            var lineNo = i + 1;
            if (t.Length == 0)
            {
                continue;
            }

            if ((t.StartsWith("NXOS:", StringComparison.Ordinal) || t.StartsWith("system:", StringComparison.Ordinal) || t.StartsWith("kickstart:", StringComparison.Ordinal))
                && NxOsVersionLine().Match(t) is { Success: true } version)
            {
                var slot = Slot(version.Groups["what"].Value);
                if (versions[slot] is null)
                {
                    (versions[slot], versionLines[slot]) = (version.Groups["ver"].Value, lineNo);
                }
            }
            else if (t.Contains(" image file is:", StringComparison.Ordinal) && NxOsImageLine().Match(t) is { Success: true } image)
            {
                images[Slot(image.Groups["what"].Value)] ??= image.Groups["img"].Value;
            }
            else if (t.StartsWith("Device name:", StringComparison.Ordinal))
            {
                facts.SetHostname(t["Device name:".Length..].Trim(), lineNo);
            }
            else if (t.StartsWith("Kernel uptime is ", StringComparison.Ordinal))
            {
                facts.Uptime ??= (t["Kernel uptime is ".Length..].Trim(), lineNo);
            }
            else if (t.StartsWith("Last reset", StringComparison.Ordinal))
            {
                afterLastReset = true;
            }
            else if (afterLastReset && t.StartsWith("Reason:", StringComparison.Ordinal))
            {
                facts.SetReloadReason(t["Reason:".Length..].Trim(), 1);
                afterLastReset = false;
            }
            else if (t.StartsWith("Processor Board ID ", StringComparison.OrdinalIgnoreCase))
            {
                facts.SetSerial(FirstToken(t["Processor Board ID ".Length..]), lineNo);
            }
            else if (facts.Model is null && t.StartsWith("cisco ", StringComparison.OrdinalIgnoreCase) && NxOsChassisLine().Match(t) is { Success: true } chassis)
            {
                facts.Model = NexusModel(chassis.Groups["model"].Value);
            }
        }

        // NXOS (7.0(3)I2 and later) names the running software; older platforms split it into kickstart and system.
        foreach (var slot in new[] { 0, 1, 2 })
        {
            if (versions[slot] is { } text)
            {
                facts.SetVersion(text, versionLines[slot]);
                break;
            }
        }

        facts.Image ??= images[0] ?? (images[1] is { } system && system.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? system : images[2] ?? images[1]);
    }

    private static int Slot(string what) => what switch
    {
        "NXOS" => 0,
        "system" => 1,
        _ => 2,
    };

    /// <summary>"Nexus9000 C93180YC-EX" → "C93180YC-EX", "N9K-C9396PX" stays, "Nexus 5596" and "Nexus5548" stay.</summary>
    private static string NexusModel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words[0].StartsWith("Nexus", StringComparison.OrdinalIgnoreCase) && words[0].Length > 5
            && words[^1].Any(char.IsAsciiLetter) && words[^1].Any(char.IsAsciiDigit))
        {
            return words[^1];
        }

        return string.Join(' ', words);
    }
}
