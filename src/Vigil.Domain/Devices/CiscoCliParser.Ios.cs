using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// show version of IOS and IOS XE: one format with many variants (stacks, routers, 3.x and 16.x/17.x XE).
public static partial class CiscoCliParser
{
    [GeneratedRegex(@"^(?:Cisco IOS Software|IOS \(tm\))(?:\s*\[(?<codename>[^\]]*)\])?,?\s*(?<desc>.*?)\s*\((?<image>[^()\s]+)\),\s*Version\s+(?<ver>[^,\s]+),?\s*(?<rel>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosVersionLine();

    [GeneratedRegex(@"^(?:Cisco IOS XE Software, Version|IOS XE Version:)\s*(?<ver>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex IosXeVersionLine();

    [GeneratedRegex(@"^(?<host>\S+) uptime is (?<up>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosUptimeLine();

    [GeneratedRegex(@" at \d{1,2}:\d{2}(?::\d{2})?.*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtTimeSuffix();

    [GeneratedRegex(@"^Switch\s+0*(?<n>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex StackMemberHeader();

    [GeneratedRegex(@"^\*?\s*(?<n>\d{1,2})\s+\d+\s+(?<model>\S+)\s+(?<ver>\S+)\s+\S+(?:\s+\S+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StackTableRow();

    private static void ReadIos(string[] lines, bool[] skip, CliFacts facts)
    {
        string? xeVersion = null, iosVersion = null, modelFallback = null;
        (string Value, int Line)? serialFallback = null;
        var xeLine = 0;
        var iosLine = 0;
        StackMember? member = null;
        var serialInThisOutput = false;
        var inStackTable = false;
        var stackVersions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stackTableLine = 0;

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
                inStackTable = false;
                continue;
            }

            if (inStackTable)
            {
                if (StackTableRow().Match(t) is { Success: true } row)
                {
                    stackVersions.Add(row.Groups["ver"].Value);
                    continue;
                }

                if (!t.StartsWith("---", StringComparison.Ordinal))
                {
                    inStackTable = false;
                }
                else
                {
                    continue;
                }
            }

            if (t.StartsWith("Cisco IOS XE Software", StringComparison.Ordinal) || t.StartsWith("IOS XE Version:", StringComparison.Ordinal))
            {
                if (xeVersion is null && IosXeVersionLine().Match(t) is { Success: true } xe)
                {
                    (xeVersion, xeLine) = (xe.Groups["ver"].Value, lineNo);
                }
            }
            else if (t.StartsWith("Cisco IOS Software", StringComparison.Ordinal) || t.StartsWith("IOS (tm)", StringComparison.Ordinal))
            {
                ReadIosVersionLine(t, lineNo, facts, ref iosVersion, ref iosLine);
            }
            else if (t.Contains(" uptime is ", StringComparison.Ordinal) && IosUptimeLine().Match(t) is { Success: true } up)
            {
                facts.SetHostname(up.Groups["host"].Value, lineNo);
                facts.Uptime ??= (up.Groups["up"].Value.Trim(), lineNo);
                member = Flush(member, facts);
                serialInThisOutput = false;
            }
            else if (t.StartsWith("System image file is", StringComparison.Ordinal))
            {
                var image = Quoted(t);
                facts.Image ??= image;
            }
            else if (t.StartsWith("Last reload reason:", StringComparison.Ordinal))
            {
                facts.SetReloadReason(t["Last reload reason:".Length..].Trim(), 1);
            }
            else if (t.StartsWith("System returned to ROM by ", StringComparison.Ordinal))
            {
                facts.SetReloadReason(AtTimeSuffix().Replace(t["System returned to ROM by ".Length..], "").Trim(), 2);
            }
            else if (t.StartsWith("Last reset from ", StringComparison.Ordinal))
            {
                facts.SetReloadReason(t["Last reset from ".Length..].Trim(), 3);
            }
            else if (t.StartsWith("Configuration register is ", StringComparison.Ordinal))
            {
                facts.ConfigRegister ??= FirstToken(t["Configuration register is ".Length..]);
            }
            else if (t.StartsWith("Model Number", StringComparison.OrdinalIgnoreCase) && ValueAfterColon(t) is { } model)
            {
                if (member is not null)
                {
                    member.Model ??= model;
                }
                else
                {
                    facts.Model ??= model;
                }
            }
            else if (t.StartsWith("System Serial Number", StringComparison.OrdinalIgnoreCase) && ValueAfterColon(t) is { } serial)
            {
                if (member is null && serialInThisOutput)
                {
                    // A second system serial in one show version is a stack member whose "Switch 0N" header was lost.
                    member = new StackMember(0, lineNo);
                }

                if (member is not null)
                {
                    member.Serial ??= serial;
                }
                else
                {
                    facts.SetSerial(serial, lineNo);
                    serialInThisOutput = true;
                }
            }
            else if (t.StartsWith("Processor board ID ", StringComparison.OrdinalIgnoreCase))
            {
                serialFallback ??= (FirstToken(t["Processor board ID ".Length..]).TrimEnd(','), lineNo);
            }
            else if (modelFallback is null && t.StartsWith("cisco ", StringComparison.OrdinalIgnoreCase)
                && (t.Contains(" processor", StringComparison.Ordinal) || t.Contains("bytes of memory", StringComparison.Ordinal)))
            {
                modelFallback = FirstToken(t[6..]);
            }
            else if (t.StartsWith("Switch Ports Model", StringComparison.Ordinal))
            {
                (inStackTable, stackTableLine) = (true, lineNo);
            }
            else if (t.StartsWith("Switch", StringComparison.Ordinal) && NextText(lines, i).StartsWith("---", StringComparison.Ordinal)
                && StackMemberHeader().Match(t) is { Success: true } header)
            {
                member = Flush(member, facts);
                member = new StackMember(int.Parse(header.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), lineNo);
            }
        }

        Flush(member, facts);
        ChooseIosVersion(facts, xeVersion, xeLine, iosVersion, iosLine);
        if (facts.Serial is null && serialFallback is { } fallback)
        {
            facts.SetSerial(fallback.Value, fallback.Line);
        }

        facts.Model ??= modelFallback;
        if (stackVersions.Count > 1)
        {
            facts.Warn(stackTableLine, DeviceParseCodes.StackVersionsDiffer,
                $"the stack members run different versions ({string.Join(", ", stackVersions.Order(StringComparer.Ordinal))}); the active member's is reported");
        }
    }

    private static void ReadIosVersionLine(string t, int lineNo, CliFacts facts, ref string? iosVersion, ref int iosLine)
    {
        var match = IosVersionLine().Match(t);
        if (!match.Success)
        {
            return;
        }

        var version = match.Groups["ver"].Value;
        if (iosVersion is not null)
        {
            // A second show version of the same device repeats the line; of another device, it differs.
            if (!string.Equals(iosVersion, version, StringComparison.OrdinalIgnoreCase))
            {
                facts.Fail(lineNo, DeviceParseCodes.MixedDevices,
                    $"a second device: software version '{version}' here, but '{iosVersion}' on line {iosLine}; paste the output of one device at a time");
            }

            return;
        }

        (iosVersion, iosLine) = (version, lineNo);
        facts.SoftwareImage ??= match.Groups["image"].Value;
        facts.SoftwareDescription ??= match.Groups["desc"].Value;
        var release = match.Groups["rel"].Value;
        if (release.Contains("SPECIAL", StringComparison.OrdinalIgnoreCase) || release.Contains("ENGINEERING", StringComparison.OrdinalIgnoreCase))
        {
            facts.Warn(lineNo, DeviceParseCodes.SpecialBuild,
                $"a special or engineering build ({release.Trim()}); compare its version with care");
        }

        // A code name in brackets ([Fuji], [Gibraltar], [Amsterdam]) and a version without parentheses are IOS XE 16.x/17.x.
        if (facts.Family == CiscoOsFamily.Ios && (match.Groups["codename"].Success || !version.Contains('(', StringComparison.Ordinal)))
        {
            facts.Family = CiscoOsFamily.IosXe;
        }
    }

    /// <summary>
    /// IOS XE prints two versions: its own (16.09.03, 03.09.01.S) and the IOS daemon's (16.9.3, or 15.3(2)S1 on 3.x).
    /// The XE one is the firmware version; a special build's XE line holds a build name, then the IOS line's number serves.
    /// </summary>
    private static void ChooseIosVersion(CliFacts facts, string? xeVersion, int xeLine, string? iosVersion, int iosLine)
    {
        if (facts.Family == CiscoOsFamily.IosXe)
        {
            foreach (var (candidate, at) in new[] { (xeVersion, xeLine), (iosVersion, iosLine) })
            {
                if (candidate is not null && CiscoVersion.TryParse(CiscoOsFamily.IosXe, candidate, out _))
                {
                    facts.SetVersion(candidate, at);
                    return;
                }
            }
        }

        var (text, line) = facts.Family == CiscoOsFamily.IosXe && xeVersion is not null ? (xeVersion, xeLine) : (iosVersion, iosLine);
        if (text is not null)
        {
            facts.SetVersion(text, line);
        }
    }

    private static StackMember? Flush(StackMember? member, CliFacts facts)
    {
        if (member is { Model: not null } or { Serial: not null })
        {
            facts.AddStackMember(new DeviceModule(member.Number > 0 ? $"Switch {member.Number}" : "Switch", "Stack member", member.Model, null, member.Serial, false, member.Line));
        }

        return null;
    }

    /// <summary>The next non-blank line after <paramref name="index"/>, trimmed at the start; "" when there is none.</summary>
    private static string NextText(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                return lines[i].TrimStart();
            }
        }

        return "";
    }

    private sealed class StackMember(int number, int line)
    {
        public int Number { get; } = number;

        public int Line { get; } = line;

        public string? Model { get; set; }

        public string? Serial { get; set; }
    }
}
