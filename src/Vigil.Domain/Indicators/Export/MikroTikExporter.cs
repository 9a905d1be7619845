using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A RouterOS script: removes the previous entries of address list NAME (IPv4 and IPv6), then adds each address,
/// network and domain (RouterOS resolves a domain entry and keeps its addresses current) with a comment. Load:
/// <c>/import file-name=vigil.rsc</c>; drop with <c>/ip firewall filter add chain=forward dst-address-list=vigil action=drop</c>.
/// </summary>
internal static class MikroTikExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, t => ExportSelection.IsAddress(t) || t == IndicatorType.Domain);
        var list = ExportText.Identifier(options.Name, "-_", 60);
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("mikrotik", options, selection.Selected.Count,
            $"Load: /import file-name=FILE; use address list {list} in a drop rule"));
        text.Append("/ip firewall address-list remove [find list=\"").Append(list).Append("\"]\n");
        text.Append("/ipv6 firewall address-list remove [find list=\"").Append(list).Append("\"]\n");
        foreach (var indicator in selection.Selected)
        {
            var menu = ExportSelection.IsAddress(indicator.Type) && ExportSelection.IsV6(indicator) ? "/ipv6" : "/ip";
            text.Append(menu).Append(" firewall address-list add list=\"").Append(list).Append("\" address=\"").Append(indicator.Value.Value)
                .Append("\" comment=\"").Append(Comment(indicator)).Append("\"\n");
        }

        return selection.File($"{list}.rsc", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }

    // ExportText.Safe leaves no '"', '\', '$' or '?' (RouterOS gives them a meaning inside quotes).
    private static string Comment(Indicator indicator)
    {
        var description = ExportText.Describe(indicator);
        return description.Length == 0 ? "vigil" : "vigil " + description;
    }
}
