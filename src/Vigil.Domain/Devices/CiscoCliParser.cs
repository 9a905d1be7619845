using System.Globalization;
using Vigil.Domain.Common;

namespace Vigil.Domain.Devices;

/// <summary>
/// Reads pasted Cisco CLI output — show version of IOS, IOS XE, NX-OS, ASA and small-business switches, show sysinfo
/// of AireOS controllers, show system and show inventory — into <see cref="DeviceFacts"/>. The paste may hold several
/// outputs of one device, with or without prompts, pager remnants, CRLF and tabs. Never throws: bad input is an
/// <see cref="Error"/> whose <see cref="Error.Location"/> is the line number (see <see cref="LineOf"/>) and whose
/// message is the reason.
/// </summary>
public static partial class CiscoCliParser
{
    /// <summary>Several times a large stack's show version plus show inventory; a show tech-support is refused.</summary>
    public const int MaxInputLength = 1024 * 1024;

    public const int MaxLineLength = 4096;

    public const string Cisco = "Cisco";

    public static Result<DeviceFacts> Parse(string? text)
    {
        if (text is null || text.AsSpan().IsWhiteSpace())
        {
            return Fail(1, DeviceParseCodes.Empty, "the paste is empty");
        }

        if (text.Length > MaxInputLength)
        {
            return Fail(1, DeviceParseCodes.TooLarge,
                $"the paste has {text.Length:N0} characters, more than the {MaxInputLength:N0} accepted; paste show version and show inventory only");
        }

        var split = CliText.Split(text, MaxLineLength);
        if (!split.IsSuccess)
        {
            return split.Error!;
        }

        var lines = split.Value!;
        var facts = new CliFacts();
        var skip = ReadPrompts(lines, facts);
        var hasInventory = Detect(lines, skip, facts);
        if (facts.Error is not null)
        {
            return facts.Error;
        }

        if (facts.Family == CiscoOsFamily.Unknown && !hasInventory)
        {
            var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
            if (first < 0)
            {
                return Fail(1, DeviceParseCodes.Empty, "the paste holds nothing but control characters and pager prompts");
            }

            return Fail(first + 1, DeviceParseCodes.Unrecognised,
                $"no Cisco show version, show inventory, show sysinfo or show system output found (the paste starts with '{Shorten(lines[first].Trim())}')");
        }

        ReadInventory(lines, skip, facts);
        switch (facts.Family)
        {
            case CiscoOsFamily.Ios or CiscoOsFamily.IosXe:
                ReadIos(lines, skip, facts);
                break;
            case CiscoOsFamily.NxOs:
                ReadNxOs(lines, skip, facts);
                break;
            case CiscoOsFamily.Asa:
                ReadAsa(lines, skip, facts);
                break;
            case CiscoOsFamily.AireOs:
                ReadAireOs(lines, skip, facts);
                break;
            case CiscoOsFamily.SmallBusiness:
                ReadSmallBusiness(lines, skip, facts);
                break;
        }

        if (facts.Error is not null)
        {
            return facts.Error;
        }

        if (facts.Family != CiscoOsFamily.Unknown && facts.Version is null)
        {
            return Fail(facts.FamilyLine, DeviceParseCodes.NoVersion,
                $"the {Describe(facts.Family)} output that starts here has no software version line; paste the whole output");
        }

        return Build(facts);
    }

    /// <summary>The line number a parse error points at, or null for errors that are not about a line.</summary>
    public static int? LineOf(Error error) =>
        int.TryParse(error?.Location, NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null;

    /// <summary>Marks prompt lines and the output of commands this parser does not read, so nothing is taken from them.</summary>
    private static bool[] ReadPrompts(string[] lines, CliFacts facts)
    {
        var skip = new bool[lines.Length];
        var ignoring = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var prompt = line.Length > 0 && line[0] != ' ' ? CliPrompt.Read(line) : null;
            if (prompt is null)
            {
                skip[i] = ignoring;
                continue;
            }

            skip[i] = true;
            if (prompt.Host is not null)
            {
                facts.PromptHost = prompt.Host;
            }

            ignoring = prompt.Command == CliPrompt.Other;
            if (ignoring && prompt.Typed.StartsWith("sh", StringComparison.OrdinalIgnoreCase))
            {
                facts.Warn(i + 1, DeviceParseCodes.CommandIgnored, $"the output of '{Shorten(prompt.Typed)}' is not read");
            }
            else if (prompt.Command.Length > 0)
            {
                facts.AddCommand(prompt.Command, i + 1);
            }
        }

        return skip;
    }

    /// <summary>Finds which software printed the paste; two different ones mean two devices. Returns whether show inventory is there.</summary>
    private static bool Detect(string[] lines, bool[] skip, CliFacts facts)
    {
        var seen = new Dictionary<CiscoOsFamily, int>();
        var hasInventory = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i] || lines[i].Length == 0)
            {
                continue;
            }

            var t = lines[i].TrimStart();
            if (t.StartsWith("NAME:", StringComparison.OrdinalIgnoreCase))
            {
                hasInventory = true;
                facts.AddCommand(CliPrompt.ShowInventory, i + 1);
                continue;
            }

            var (family, command) = Signature(t);
            if (family != CiscoOsFamily.Unknown)
            {
                seen.TryAdd(family, i + 1);
                facts.AddCommand(command!, i + 1);
            }
        }

        // IOS XE prints IOS lines too ("Cisco IOS Software, IOS-XE Software …").
        if (seen.TryGetValue(CiscoOsFamily.IosXe, out var xeLine) && seen.Remove(CiscoOsFamily.Ios, out var iosLine))
        {
            seen[CiscoOsFamily.IosXe] = Math.Min(xeLine, iosLine);
        }

        var ordered = seen.OrderBy(kv => kv.Value).ToList();
        if (ordered.Count > 1)
        {
            facts.Fail(ordered[1].Value, DeviceParseCodes.MixedDevices,
                $"{Describe(ordered[1].Key)} output here, but {Describe(ordered[0].Key)} output on line {ordered[0].Value}; paste the output of one device at a time");
        }
        else if (ordered.Count == 1)
        {
            (facts.Family, facts.FamilyLine) = (ordered[0].Key, ordered[0].Value);
        }

        return hasInventory;
    }

    private static (CiscoOsFamily Family, string? Command) Signature(string t)
    {
        if (t.StartsWith("Cisco IOS XE Software", StringComparison.Ordinal) || t.StartsWith("IOS XE Version:", StringComparison.Ordinal)
            || t.StartsWith("Cisco IOS-XE software", StringComparison.OrdinalIgnoreCase)
            || (t.StartsWith("Cisco IOS Software", StringComparison.Ordinal) && t.Contains("IOS-XE Software", StringComparison.Ordinal)))
        {
            return (CiscoOsFamily.IosXe, CliPrompt.ShowVersion);
        }

        if (t.StartsWith("Cisco IOS Software", StringComparison.Ordinal) || t.StartsWith("IOS (tm)", StringComparison.Ordinal)
            || t.StartsWith("Cisco Internetwork Operating System Software", StringComparison.Ordinal))
        {
            return (CiscoOsFamily.Ios, CliPrompt.ShowVersion);
        }

        if (t.StartsWith("Cisco Nexus Operating System", StringComparison.Ordinal) || t.StartsWith("NXOS: version", StringComparison.Ordinal)
            || t.StartsWith("Kernel uptime is", StringComparison.Ordinal)
            || ((t.StartsWith("kickstart:", StringComparison.Ordinal) || t.StartsWith("system:", StringComparison.Ordinal)) && t.Contains(" version ", StringComparison.Ordinal)))
        {
            return (CiscoOsFamily.NxOs, CliPrompt.ShowVersion);
        }

        if (t.StartsWith("Cisco Adaptive Security Appliance Software Version", StringComparison.Ordinal))
        {
            return (CiscoOsFamily.Asa, CliPrompt.ShowVersion);
        }

        if ((t.StartsWith("Product Version..", StringComparison.Ordinal) || t.StartsWith("Manufacturer's Name..", StringComparison.Ordinal)))
        {
            return (CiscoOsFamily.AireOs, CliPrompt.ShowSysinfo);
        }

        if (t.StartsWith("Active-image:", StringComparison.OrdinalIgnoreCase)
            || (t.StartsWith("SW version", StringComparison.OrdinalIgnoreCase) && t.Length > 10 && char.IsWhiteSpace(t[10])))
        {
            return (CiscoOsFamily.SmallBusiness, CliPrompt.ShowVersion);
        }

        if (t.StartsWith("System Description:", StringComparison.Ordinal) && SmallBusinessModel(t["System Description:".Length..].Trim()) is not null)
        {
            return (CiscoOsFamily.SmallBusiness, CliPrompt.ShowSystem);
        }

        return (CiscoOsFamily.Unknown, null);
    }

    private static string Describe(CiscoOsFamily family) => family switch
    {
        CiscoOsFamily.Ios => "IOS show version",
        CiscoOsFamily.IosXe => "IOS XE show version",
        CiscoOsFamily.NxOs => "NX-OS show version",
        CiscoOsFamily.Asa => "ASA show version",
        CiscoOsFamily.AireOs => "AireOS show sysinfo",
        CiscoOsFamily.SmallBusiness => "small-business switch",
        _ => "unknown",
    };

    private static Error Fail(int line, string code, string reason) =>
        Error.Validation(code, reason, line.ToString(CultureInfo.InvariantCulture));

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    /// <summary>The text between the first pair of double quotes, or null.</summary>
    private static string? Quoted(string text)
    {
        var open = text.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf('"', open + 1);
        return close > open + 1 ? text[(open + 1)..close] : null;
    }

    private static string FirstToken(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = span.IndexOfAny(' ', '\t');
        return (end < 0 ? span : span[..end]).ToString();
    }

    /// <summary>"Model Number                       : WS-C3850-48U" → "WS-C3850-48U"; null when nothing follows the colon.</summary>
    private static string? ValueAfterColon(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var value = text[(colon + 1)..].Trim();
        return value.Length == 0 ? null : FirstToken(value);
    }
}
