namespace Vigil.Domain.Indicators.Export;

/// <summary>The kebab-case names of <see cref="IndicatorExportFormat"/> used by `vigil ioc export` and feed URLs.</summary>
public static class IndicatorExportFormats
{
    private static readonly (string Name, IndicatorExportFormat Format, string Description)[] s_formats =
    [
        ("ip-list", IndicatorExportFormat.IpList, "IP addresses and networks, one per line"),
        ("domain-list", IndicatorExportFormat.DomainList, "domains, one per line"),
        ("url-list", IndicatorExportFormat.UrlList, "URLs without scheme, one per line"),
        ("hash-list", IndicatorExportFormat.HashList, "MD5, SHA-1 and SHA-256 hashes, one per line"),
        ("suricata", IndicatorExportFormat.Suricata, "Suricata rules: DNS, TLS SNI, HTTP host (with subdomains), URL and IP"),
        ("suricata-datasets", IndicatorExportFormat.SuricataDatasets, "Suricata rules with domain datasets and file hash lists (several files)"),
        ("snort", IndicatorExportFormat.Snort, "Snort 2.9 rules: DNS query, HTTP Host, URL and IP"),
        ("zeek-intel", IndicatorExportFormat.ZeekIntel, "Zeek Intelligence Framework file"),
        ("nftables", IndicatorExportFormat.Nftables, "nftables ruleset: table inet with IPv4/IPv6 interval sets and drop chains"),
        ("iptables", IndicatorExportFormat.Iptables, "iptables-restore and ip6tables-restore files (one chain)"),
        ("ipset", IndicatorExportFormat.Ipset, "ipset restore file (hash:net, IPv4 and IPv6 sets)"),
        ("cisco-ios", IndicatorExportFormat.CiscoIos, "Cisco IOS extended ACL and IPv6 ACL"),
        ("cisco-asa", IndicatorExportFormat.CiscoAsa, "Cisco ASA object-group network and access-list"),
        ("fortigate", IndicatorExportFormat.FortiGate, "FortiGate CLI address objects and address groups"),
        ("mikrotik", IndicatorExportFormat.MikroTik, "MikroTik RouterOS address-list script"),
        ("windows-firewall", IndicatorExportFormat.WindowsFirewall, "Windows Firewall PowerShell script"),
        ("rpz", IndicatorExportFormat.Rpz, "DNS response policy zone (BIND, Unbound)"),
        ("unbound", IndicatorExportFormat.Unbound, "Unbound local-zone configuration"),
        ("hosts", IndicatorExportFormat.Hosts, "hosts file (exact names only, no subdomains)"),
    ];

    public static IEnumerable<(string Name, IndicatorExportFormat Format, string Description)> All => s_formats;

    /// <summary>
    /// Whether the format always compiles to one file, whatever the set holds: only those can be served at a feed URL
    /// or shown for copying. Suricata datasets add a list file per type present; iptables writes an IPv6 file beside.
    /// </summary>
    public static bool IsSingleFile(IndicatorExportFormat format) =>
        format is not (IndicatorExportFormat.SuricataDatasets or IndicatorExportFormat.Iptables);

    public static string Name(IndicatorExportFormat format) =>
        s_formats.First(f => f.Format == format).Name;

    public static bool TryParse(string? name, out IndicatorExportFormat format)
    {
        foreach (var entry in s_formats)
        {
            if (string.Equals(entry.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = entry.Format;
                return true;
            }
        }

        format = default;
        return false;
    }
}
