using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Cisco ASA configuration: a network object-group NAME (IPv4 and IPv6 objects) and an extended access-list NAME that
/// denies traffic to and from it, then permits the rest (the same block-list-on-top decision as the IOS ACL).
/// The access-list and group are cleared first so a re-paste replaces them. Apply: <c>access-group NAME in interface inside</c>.
/// </summary>
internal static class CiscoAsaExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var name = ExportText.Identifier(options.Name, "-_", 60);
        var text = new StringBuilder();
        ExportText.Comment(text, "!", selection.Header("cisco-asa", options, selection.Selected.Count,
            $"Paste in configuration mode; apply with: access-group {name} in interface inside"));
        text.Append("clear configure access-list ").Append(name).Append('\n');
        text.Append("no object-group network ").Append(name).Append('\n');
        text.Append("object-group network ").Append(name).Append('\n');
        text.Append(" description Vigil block list\n");
        foreach (var indicator in selection.Selected)
        {
            var value = indicator.Value.Value;
            if (ExportSelection.IsV6(indicator))
            {
                text.Append(" network-object ").Append(value.Contains('/', StringComparison.Ordinal) ? value : $"host {value}").Append('\n');
                continue;
            }

            var (address, prefix) = ExportText.Network(value);
            text.Append(" network-object ").Append(prefix == 32 ? $"host {address}" : $"{address} {ExportText.Ipv4Mask(prefix, wildcard: false)}").Append('\n');
        }

        // ASA's "any" covers IPv4 and IPv6 since 9.0, so one pair of entries serves both families.
        text.Append("access-list ").Append(name).Append(" extended deny ip any object-group ").Append(name).Append('\n');
        text.Append("access-list ").Append(name).Append(" extended deny ip object-group ").Append(name).Append(" any\n");
        text.Append("access-list ").Append(name).Append(" extended permit ip any any\n");
        return selection.File($"{name}-cisco-asa.txt", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }
}
