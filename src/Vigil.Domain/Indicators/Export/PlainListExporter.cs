using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// One value per line with no comments: what firewalls that pull a list on a schedule accept without a parser of
/// their own (FortiGate external threat feeds, pfSense/OPNsense URL tables, Palo Alto-style EDLs). Alert-only values
/// are left out unless the options ask for them, and pinned ones (kill switches) always.
/// </summary>
internal static class PlainListExporter
{
    public static ExportFile Write(IndicatorExportFormat format, IReadOnlyList<Indicator> indicators, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(indicators, options, enforcement: true, type => Applies(format, type));
        var text = new StringBuilder();
        foreach (var indicator in selection.Selected)
        {
            text.Append(indicator.Type == IndicatorType.Url ? WithoutScheme(indicator.Value.Value) : indicator.Value.Value).Append('\n');
        }

        return selection.File($"{IndicatorExportFormats.Name(format)}.txt", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }

    private static bool Applies(IndicatorExportFormat format, IndicatorType type) => (format, type) switch
    {
        (IndicatorExportFormat.IpList, IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr) => true,
        (IndicatorExportFormat.DomainList, IndicatorType.Domain) => true,
        (IndicatorExportFormat.UrlList, IndicatorType.Url) => true,
        (IndicatorExportFormat.HashList, IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256) => true,
        _ => false,
    };

    // The normalised URL always has a scheme; list consumers match host and path and reject or ignore the scheme.
    private static string WithoutScheme(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
}
