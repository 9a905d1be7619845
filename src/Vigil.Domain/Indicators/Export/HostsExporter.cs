using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A hosts file: "0.0.0.0 name" per domain. A hosts file matches exact names only, so subdomains are NOT blocked
/// (the header says so); use RPZ or Unbound where subdomains matter. 0.0.0.0 fails fast instead of reaching a host.
/// </summary>
internal static class HostsExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, t => t == IndicatorType.Domain);
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("hosts", options, selection.Selected.Count,
            "A hosts file matches exact names only: subdomains of these names are NOT blocked (use rpz or unbound)",
            "Append to /etc/hosts or C:\\Windows\\System32\\drivers\\etc\\hosts"));
        foreach (var indicator in selection.Selected)
        {
            text.Append("0.0.0.0 ").Append(indicator.Value.Value).Append('\n');
        }

        return selection.File("hosts", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }
}
