using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A complete nftables ruleset: <c>table inet NAME</c> with an IPv4 and an IPv6 interval set (addresses and CIDRs,
/// overlapping entries merged by <c>auto-merge</c>) and input, forward and output chains that drop traffic to or from
/// them. The table is created empty and deleted first, so <c>nft -f</c> replaces the previous load atomically
/// without touching other tables. Load: <c>nft -f vigil.nft</c>.
/// </summary>
internal static class NftablesExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var name = ExportText.Identifier(options.Name, "_", 32);
        var v4 = selection.Selected.Where(i => !ExportSelection.IsV6(i)).Select(i => i.Value.Value).ToList();
        var v6 = selection.Selected.Where(ExportSelection.IsV6).Select(i => i.Value.Value).ToList();

        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("nftables", options, v4.Count + v6.Count, $"Load: nft -f FILE (replaces table inet {name})"));
        text.Append("table inet ").Append(name).Append(" {\n}\n");
        text.Append("delete table inet ").Append(name).Append('\n');
        text.Append("table inet ").Append(name).Append(" {\n");
        Set(text, "block_v4", "ipv4_addr", v4);
        Set(text, "block_v6", "ipv6_addr", v6);
        Chain(text, "input", "input", ["ip saddr @block_v4", "ip6 saddr @block_v6"]);
        Chain(text, "forward", "forward", ["ip saddr @block_v4", "ip daddr @block_v4", "ip6 saddr @block_v6", "ip6 daddr @block_v6"]);
        Chain(text, "output", "output", ["ip daddr @block_v4", "ip6 daddr @block_v6"]);
        text.Append("}\n");
        return selection.File($"{name}.nft", "text/plain; charset=utf-8", text.ToString(), v4.Count + v6.Count);
    }

    private static void Set(StringBuilder text, string name, string type, List<string> elements)
    {
        text.Append("\tset ").Append(name).Append(" {\n\t\ttype ").Append(type).Append("\n\t\tflags interval\n\t\tauto-merge\n");
        if (elements.Count > 0)
        {
            text.Append("\t\telements = {\n");
            for (var i = 0; i < elements.Count; i++)
            {
                text.Append("\t\t\t").Append(elements[i]).Append(i + 1 < elements.Count ? ",\n" : "\n");
            }

            text.Append("\t\t}\n");
        }

        text.Append("\t}\n");
    }

    // Priority filter - 10 runs before the distribution's own filter chains, so an accept there cannot bypass the block.
    private static void Chain(StringBuilder text, string name, string hook, IEnumerable<string> matches)
    {
        text.Append("\tchain ").Append(name).Append(" {\n\t\ttype filter hook ").Append(hook).Append(" priority filter - 10; policy accept;\n");
        foreach (var match in matches)
        {
            text.Append("\t\t").Append(match).Append(" counter drop\n");
        }

        text.Append("\t}\n");
    }
}
