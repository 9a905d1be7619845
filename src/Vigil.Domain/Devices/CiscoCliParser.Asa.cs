using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// show version of ASA software on ASA 5500/5500-X, ASAv and Firepower appliances (and of one of its contexts).
public static partial class CiscoCliParser
{
    [GeneratedRegex(@"^Cisco Adaptive Security Appliance Software Version\s+(?<ver>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex AsaVersionLine();

    [GeneratedRegex(@"^(?<host>\S+) up (?<up>\d.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AsaUptimeLine();

    private static void ReadAsa(string[] lines, bool[] skip, CliFacts facts)
    {
        string? hardware = null, modelId = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var t = lines[i].TrimStart();
            var lineNo = i + 1;
            if (t.StartsWith("Cisco Adaptive Security Appliance Software Version", StringComparison.Ordinal))
            {
                if (AsaVersionLine().Match(t) is { Success: true } version)
                {
                    facts.SetVersion(version.Groups["ver"].Value, lineNo);
                }
            }
            else if (t.StartsWith("System image file is", StringComparison.Ordinal))
            {
                facts.Image ??= Quoted(t);
            }
            else if (t.StartsWith("Hardware:", StringComparison.Ordinal))
            {
                hardware ??= t["Hardware:".Length..].Split(',')[0].Trim();
            }
            else if (t.StartsWith("Model Id:", StringComparison.Ordinal))
            {
                modelId ??= t["Model Id:".Length..].Trim();
            }
            else if (t.StartsWith("Serial Number:", StringComparison.Ordinal))
            {
                facts.SetSerial(t["Serial Number:".Length..].Trim(), lineNo);
            }
            else if (t.StartsWith("Configuration register is ", StringComparison.Ordinal))
            {
                facts.ConfigRegister ??= FirstToken(t["Configuration register is ".Length..]);
            }
            else if (t.Contains(" up ", StringComparison.Ordinal) && lines[i][0] != ' ' && AsaUptimeLine().Match(t) is { Success: true } up)
            {
                facts.SetHostname(up.Groups["host"].Value, lineNo);
                facts.Uptime ??= (up.Groups["up"].Value.Trim(), lineNo);
            }
        }

        // ASAv prints its licence tier as Model Id (ASAv10); appliances print their model as Hardware.
        facts.Model ??= string.IsNullOrEmpty(modelId) ? (string.IsNullOrEmpty(hardware) ? null : hardware) : modelId;
        facts.SoftwareDescription ??= hardware;
    }
}
