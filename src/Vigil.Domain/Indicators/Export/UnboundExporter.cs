using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// An Unbound configuration fragment: a <c>server:</c> clause with <c>local-zone: "name." always_nxdomain</c> per
/// domain. A local zone covers the name and everything below it; always_nxdomain answers NXDOMAIN even when a
/// local-data or forward would answer, which is what a block means (refuse would make clients retry other resolvers).
/// Load: <c>include: "/etc/unbound/vigil.conf"</c> in unbound.conf, then <c>unbound-control reload</c>.
/// </summary>
internal static class UnboundExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, t => t == IndicatorType.Domain);
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("unbound", options, selection.Selected.Count,
            "Each name and its subdomains answer NXDOMAIN",
            "Load: include: \"FILE\" in unbound.conf; check with unbound-checkconf"));
        text.Append("server:\n");
        foreach (var indicator in selection.Selected)
        {
            text.Append("\tlocal-zone: \"").Append(indicator.Value.Value).Append(".\" always_nxdomain\n");
        }

        return selection.File($"{ExportText.Identifier(options.Name, "-_", 63)}-unbound.conf", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }
}
