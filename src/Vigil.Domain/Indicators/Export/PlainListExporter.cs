using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// One value per line with no comments: what firewalls that pull a list on a schedule accept without a parser of
/// their own (FortiGate external threat feeds, pfSense/OPNsense URL tables, Palo Alto-style EDLs).
/// </summary>
internal static class PlainListExporter
{
    public static ExportFile Write(IndicatorExportFormat format, IReadOnlyList<Indicator> indicators, IndicatorExportOptions options)
    {
        var text = new StringBuilder();
        foreach (var indicator in indicators)
        {
            if (indicator.Action == IndicatorAction.AlertOnly && !options.IncludeAlertOnlyInLists)
            {
                continue;
            }

            if (Line(format, indicator.Value) is { } line)
            {
                text.Append(line).Append('\n');
            }
        }

        return new ExportFile($"{IndicatorExportFormats.Name(format)}.txt", "text/plain; charset=utf-8", text.ToString());
    }

    private static string? Line(IndicatorExportFormat format, IndicatorValue value) => (format, value.Type) switch
    {
        (IndicatorExportFormat.IpList, IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr) => value.Value,
        (IndicatorExportFormat.DomainList, IndicatorType.Domain) => value.Value,
        (IndicatorExportFormat.UrlList, IndicatorType.Url) => WithoutScheme(value.Value),
        (IndicatorExportFormat.HashList, IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256) => value.Value,
        _ => null,
    };

    // The normalised URL always has a scheme; list consumers match host and path and reject or ignore the scheme.
    private static string WithoutScheme(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
}
