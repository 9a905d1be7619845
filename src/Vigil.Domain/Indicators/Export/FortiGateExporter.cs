using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// FortiGate CLI: an address object per IPv4 address or network and per domain (type fqdn, exact name), an address6
/// object per IPv6 value, and address groups NAME-1, NAME-2… (NAME6-1… for IPv6) of at most
/// <see cref="IndicatorExportOptions.FortiGateGroupSize"/> members. Use the groups as destination in a deny policy.
/// Object names are the values themselves (unique and readable); free text never reaches the CLI.
/// </summary>
internal static class FortiGateExporter
{
    private const int MaxObjectName = 79;

    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, t => ExportSelection.IsAddress(t) || t == IndicatorType.Domain);
        var name = ExportText.Identifier(options.Name, "-_", 60);
        var size = Math.Max(1, options.FortiGateGroupSize);
        var v4 = new List<string>();
        var v6 = new List<string>();
        var objects = new StringBuilder("config firewall address\n");
        var objects6 = new StringBuilder("config firewall address6\n");
        foreach (var indicator in selection.Selected)
        {
            var value = indicator.Value.Value;
            var objectName = ObjectName(name, value);
            var description = ExportText.Describe(indicator);
            var comment = description.Length == 0 ? "" : $"        set comment {Quote(description)}\n";
            if (indicator.Type == IndicatorType.Domain)
            {
                objects.Append("    edit ").Append(Quote(objectName)).Append("\n        set type fqdn\n        set fqdn ").Append(Quote(value)).Append('\n');
                objects.Append(comment).Append("    next\n");
                v4.Add(objectName);
            }
            else if (ExportSelection.IsV6(indicator))
            {
                objects6.Append("    edit ").Append(Quote(objectName)).Append("\n        set ip6 ").Append(value.Contains('/', StringComparison.Ordinal) ? value : value + "/128").Append('\n');
                objects6.Append(comment).Append("    next\n");
                v6.Add(objectName);
            }
            else
            {
                var (address, prefix) = ExportText.Network(value);
                objects.Append("    edit ").Append(Quote(objectName)).Append("\n        set subnet ").Append(address).Append(' ').Append(ExportText.Ipv4Mask(prefix, wildcard: false)).Append('\n');
                objects.Append(comment).Append("    next\n");
                v4.Add(objectName);
            }
        }

        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("fortigate", options, v4.Count + v6.Count,
            $"Groups of at most {size} members: {name}-N (IPv4 and domains), {name}6-N (IPv6); use them in a deny policy",
            "Paste into the CLI console or run as a script"));
        text.Append(objects).Append("end\n").Append(objects6).Append("end\n");
        Groups(text, "config firewall addrgrp\n", $"{name}-", v4, size);
        Groups(text, "config firewall addrgrp6\n", $"{name}6-", v6, size);
        return selection.File($"{name}-fortigate.txt", "text/plain; charset=utf-8", text.ToString(), v4.Count + v6.Count);
    }

    private static void Groups(StringBuilder text, string config, string prefix, List<string> members, int size)
    {
        text.Append(config);
        for (var start = 0; start < members.Count; start += size)
        {
            text.Append("    edit ").Append(Quote($"{prefix}{(start / size) + 1}")).Append("\n        set member");
            foreach (var member in members.Skip(start).Take(size))
            {
                text.Append(' ').Append(Quote(member));
            }

            text.Append("\n    next\n");
        }

        text.Append("end\n");
    }

    // Long names are cut and made unique with a hash of the full value.
    private static string ObjectName(string name, string value)
    {
        var full = $"{name}-{value}";
        return full.Length <= MaxObjectName ? full : $"{full[..(MaxObjectName - 9)]}~{SidAllocator.Hash(value) % 0xFFFFFFFF:x8}";
    }

    /// <summary>A FortiOS CLI string: double quotes, with '"' and '\' escaped by a backslash.</summary>
    internal static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
