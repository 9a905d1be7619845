using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// show inventory: blocks of NAME/DESCR then PID/VID/SN, the same on IOS, IOS XE, NX-OS, ASA ("Name:"), AireOS and
// small-business switches (which leave out the commas).
public static partial class CiscoCliParser
{
    [GeneratedRegex(@"^NAME:\s*""(?<name>[^""]*)""\s*,?\s*DESCR:\s*""(?<descr>[^""]*)""$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InventoryNameLine();

    [GeneratedRegex(@"^PID:\s*(?<pid>\S*?)\s*,?\s*VID:\s*(?<vid>\S*?)\s*,?\s*SN:\s*(?<sn>\S*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InventoryPidLine();

    private static void ReadInventory(string[] lines, bool[] skip, CliFacts facts)
    {
        var first = true;
        var repeated = false;
        DeviceModule? chassis = null;
        for (var i = 0; i < lines.Length && facts.Error is null; i++)
        {
            var t = lines[i].Trim();
            if (skip[i] || !t.StartsWith("NAME:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var lineNo = i + 1;
            var name = InventoryNameLine().Match(t);
            if (!name.Success)
            {
                facts.Fail(lineNo, DeviceParseCodes.InventoryBroken, "an inventory entry must read NAME: \"…\", DESCR: \"…\" (is the line cut?)");
                return;
            }

            var next = i + 1;
            while (next < lines.Length && !skip[next] && lines[next].Trim().Length == 0)
            {
                next++;
            }

            var pid = next < lines.Length && !skip[next] ? InventoryPidLine().Match(lines[next].Trim()) : null;
            if (pid is not { Success: true })
            {
                facts.Fail(next < lines.Length ? next + 1 : lineNo, DeviceParseCodes.InventoryBroken,
                    $"inventory entry '{name.Groups["name"].Value}' (line {lineNo}) is not followed by its PID: …, VID: …, SN: … line");
                return;
            }

            var module = new DeviceModule(
                name.Groups["name"].Value.Trim(), name.Groups["descr"].Value.Trim(), Meaningful(pid.Groups["pid"].Value),
                Meaningful(pid.Groups["vid"].Value), Meaningful(pid.Groups["sn"].Value), first, lineNo);
            i = next;
            if (chassis is not null && module with { IsChassis = true, Line = chassis.Line } == chassis)
            {
                // The chassis again: show inventory was pasted twice; its first copy is the one kept.
                repeated = true;
            }

            if (!repeated)
            {
                facts.AddModule(module);
                chassis ??= module;
            }

            first = false;
        }
    }

    private static string? Meaningful(string value) =>
        value.Length == 0 || value.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : value;
}
