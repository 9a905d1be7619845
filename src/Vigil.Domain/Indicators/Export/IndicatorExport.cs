namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// The one entry point for compiling an indicator set for a target. It leaves out expired indicators and orders the
/// rest by type and value, so the same set always gives byte-identical files (stable ETags, readable diffs).
/// The set given is the curated, enforceable one: the warninglist has already been applied by the caller.
/// </summary>
public static class IndicatorExport
{
    public static IReadOnlyList<ExportFile> Export(IndicatorExportFormat format, IEnumerable<Indicator> indicators, IndicatorExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(options);
        var live = indicators
            .Where(i => i.Expiry is not { } expiry || expiry > options.Now)
            .OrderBy(i => i.Type)
            .ThenBy(i => i.Value.Value, StringComparer.Ordinal)
            .ToList();
        return format switch
        {
            IndicatorExportFormat.IpList or IndicatorExportFormat.DomainList or IndicatorExportFormat.UrlList or IndicatorExportFormat.HashList =>
                [PlainListExporter.Write(format, live, options)],
            IndicatorExportFormat.Suricata => [SuricataExporter.Write(live, options)],
            IndicatorExportFormat.SuricataDatasets => SuricataDatasetsExporter.Write(live, options),
            IndicatorExportFormat.Snort => [SnortExporter.Write(live, options)],
            IndicatorExportFormat.ZeekIntel => [ZeekIntelExporter.Write(live, options)],
            IndicatorExportFormat.Nftables => [NftablesExporter.Write(live, options)],
            IndicatorExportFormat.Iptables => IptablesExporter.Write(live, options),
            IndicatorExportFormat.Ipset => [IpsetExporter.Write(live, options)],
            IndicatorExportFormat.CiscoIos => [CiscoIosExporter.Write(live, options)],
            IndicatorExportFormat.CiscoAsa => [CiscoAsaExporter.Write(live, options)],
            IndicatorExportFormat.FortiGate => [FortiGateExporter.Write(live, options)],
            IndicatorExportFormat.MikroTik => [MikroTikExporter.Write(live, options)],
            IndicatorExportFormat.WindowsFirewall => [WindowsFirewallExporter.Write(live, options)],
            IndicatorExportFormat.Rpz => [RpzExporter.Write(live, options)],
            IndicatorExportFormat.Unbound => [UnboundExporter.Write(live, options)],
            IndicatorExportFormat.Hosts => [HostsExporter.Write(live, options)],
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
    }
}
