using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Cisco IOS configuration: an extended ACL NAME (IPv4) and an IPv6 ACL NAME-v6 with deny entries in both directions
/// (host, or network with a wildcard mask) and a final <c>permit ip any any</c>. The permit is deliberate: the ACL is
/// a block list applied on top of an interface's existing policy, and without it the implicit deny at the end would
/// cut all traffic. Each ACL is removed first so a re-paste replaces it. Apply: <c>ip access-group NAME in</c>.
/// </summary>
internal static class CiscoIosExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var name = ExportText.Identifier(options.Name, "-_", 60);
        var v4 = selection.Selected.Where(i => !ExportSelection.IsV6(i)).ToList();
        var v6 = selection.Selected.Where(ExportSelection.IsV6).ToList();
        var text = new StringBuilder();
        ExportText.Comment(text, "!", selection.Header("cisco-ios", options, v4.Count + v6.Count,
            $"Paste in configuration mode; apply with: ip access-group {name} in / ipv6 traffic-filter {name}-v6 in",
            "Ends with permit any any: the ACL only removes the listed addresses from what the interface allows"));
        text.Append("no ip access-list extended ").Append(name).Append('\n');
        text.Append("ip access-list extended ").Append(name).Append('\n');
        text.Append(" remark Vigil block list ").Append(options.Now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var indicator in v4)
        {
            var (address, prefix) = ExportText.Network(indicator.Value.Value);
            var target = prefix == 32 ? $"host {address}" : $"{address} {ExportText.Ipv4Mask(prefix, wildcard: true)}";
            text.Append(" deny ip any ").Append(target).Append('\n');
            text.Append(" deny ip ").Append(target).Append(" any\n");
        }

        text.Append(" permit ip any any\n");
        text.Append("no ipv6 access-list ").Append(name).Append("-v6\n");
        text.Append("ipv6 access-list ").Append(name).Append("-v6\n");
        foreach (var indicator in v6)
        {
            var value = indicator.Value.Value;
            var target = value.Contains('/', StringComparison.Ordinal) ? value : $"host {value}";
            text.Append(" deny ipv6 any ").Append(target).Append('\n');
            text.Append(" deny ipv6 ").Append(target).Append(" any\n");
        }

        text.Append(" permit ipv6 any any\n");
        text.Append("end\n");
        return selection.File($"{name}-cisco-ios.txt", "text/plain; charset=utf-8", text.ToString(), v4.Count + v6.Count);
    }
}
