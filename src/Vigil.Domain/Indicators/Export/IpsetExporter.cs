using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// An <c>ipset restore</c> file: NAME-v4 (hash:net family inet) and NAME-v6 (family inet6), each created if missing
/// (<c>-exist</c>), flushed and refilled, so a reload replaces the content while rules that reference the sets stay.
/// Load: <c>ipset restore &lt; FILE</c>; use with <c>iptables -I INPUT -m set --match-set NAME-v4 src -j DROP</c>.
/// </summary>
internal static class IpsetExporter
{
    // Fixed, so that "create -exist" of an existing set always has the same parameters (different ones are an error).
    private const int MaxElements = 1_048_576;

    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var name = ExportText.Identifier(options.Name, "_-", 28);
        var v4 = selection.Selected.Where(i => !ExportSelection.IsV6(i)).Select(i => i.Value.Value).ToList();
        var v6 = selection.Selected.Where(ExportSelection.IsV6).Select(i => i.Value.Value).ToList();
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("ipset", options, v4.Count + v6.Count,
            "Load: ipset restore < FILE",
            $"Use: iptables -I FORWARD -m set --match-set {name}-v4 dst -j DROP (and src; ip6tables with {name}-v6)"));
        Set(text, $"{name}-v4", "inet", v4);
        Set(text, $"{name}-v6", "inet6", v6);
        return selection.File($"{name}.ipset", "text/plain; charset=utf-8", text.ToString(), v4.Count + v6.Count);
    }

    private static void Set(StringBuilder text, string set, string family, List<string> values)
    {
        text.Append("create ").Append(set).Append(" hash:net family ").Append(family).Append(" hashsize 1024 maxelem ").Append(MaxElements).Append(" -exist\n");
        text.Append("flush ").Append(set).Append('\n');
        foreach (var value in values)
        {
            // -exist: a network and an address inside it are both accepted by hash:net; a repeat is not an error.
            text.Append("add ").Append(set).Append(' ').Append(value).Append(" -exist\n");
        }
    }
}
