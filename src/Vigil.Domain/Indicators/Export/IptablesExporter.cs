using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// iptables-restore and ip6tables-restore files that fill one user chain (NAME, default "vigil") with DROP rules for
/// each address or network in both directions. Loaded with <c>--noflush</c> the chain line flushes only that chain, so
/// other rules survive; hooking the chain in is a one-time step the header spells out, because a restore file that
/// inserted the jump would add a duplicate on every reload.
/// </summary>
internal static class IptablesExporter
{
    public static IReadOnlyList<ExportFile> Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: true, ExportSelection.IsAddress);
        var chain = ExportText.Identifier(options.Name, "_-", 28);
        return
        [
            File(selection, options, chain, v6: false),
            File(selection, options, chain, v6: true),
        ];
    }

    private static ExportFile File(ExportSelection selection, IndicatorExportOptions options, string chain, bool v6)
    {
        var tool = v6 ? "ip6tables" : "iptables";
        var values = selection.Selected.Where(i => ExportSelection.IsV6(i) == v6).Select(i => Network(i.Value.Value, v6)).ToList();
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header(tool, options, values.Count,
            $"Load: {tool}-restore --noflush < FILE (flushes and refills chain {chain} only)",
            $"Once: {tool} -I INPUT -j {chain}; {tool} -I FORWARD -j {chain}; {tool} -I OUTPUT -j {chain}"));
        text.Append("*filter\n:").Append(chain).Append(" - [0:0]\n");
        foreach (var value in values)
        {
            text.Append("-A ").Append(chain).Append(" -s ").Append(value).Append(" -j DROP\n");
            text.Append("-A ").Append(chain).Append(" -d ").Append(value).Append(" -j DROP\n");
        }

        text.Append("COMMIT\n");
        return selection.File($"{tool}.rules", "text/plain; charset=utf-8", text.ToString(), values.Count);
    }

    private static string Network(string value, bool v6) => value.Contains('/', StringComparison.Ordinal) ? value : value + (v6 ? "/128" : "/32");
}
