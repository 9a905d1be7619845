namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A target that Vigil compiles one curated indicator set for. The names used on the command line and in feed URLs
/// are in <see cref="IndicatorExportFormats"/>.
/// </summary>
public enum IndicatorExportFormat
{
    /// <summary>IPv4, IPv6 addresses and CIDR networks, one per line (FortiGate IP feed, pfSense/OPNsense URL table, EDL).</summary>
    IpList,

    /// <summary>Domains, one per line (FortiGate domain feed, Palo Alto-style domain EDL).</summary>
    DomainList,

    /// <summary>URLs without their scheme, one per line, the form URL-category feeds (FortiGate, EDL) expect.</summary>
    UrlList,

    /// <summary>MD5, SHA-1 and SHA-256 hashes, one per line (FortiGate malware hash feed, EDR block lists).</summary>
    HashList,

    /// <summary>Suricata rules: DNS, TLS SNI and HTTP host rules for domains (with subdomains), URL and IP rules.</summary>
    Suricata,

    /// <summary>Suricata rules with string datasets for domains and filemd5/filesha1/filesha256 lists for hashes.</summary>
    SuricataDatasets,

    /// <summary>Snort 2.9 rules: DNS query in wire format, HTTP Host header, URL and IP rules.</summary>
    Snort,

    /// <summary>Zeek Intelligence Framework file.</summary>
    ZeekIntel,

    /// <summary>A complete nftables ruleset (table inet with interval sets and drop chains).</summary>
    Nftables,

    /// <summary>iptables-restore and ip6tables-restore files filling one chain.</summary>
    Iptables,

    /// <summary>An ipset restore file (hash:net, IPv4 and IPv6 sets).</summary>
    Ipset,

    /// <summary>Cisco IOS extended ACL and IPv6 ACL.</summary>
    CiscoIos,

    /// <summary>Cisco ASA network object-group and access-list.</summary>
    CiscoAsa,

    /// <summary>FortiGate CLI address objects and address groups.</summary>
    FortiGate,

    /// <summary>MikroTik RouterOS address-list script.</summary>
    MikroTik,

    /// <summary>Windows Firewall PowerShell script.</summary>
    WindowsFirewall,

    /// <summary>DNS Response Policy Zone (BIND, Unbound's rpz module).</summary>
    Rpz,

    /// <summary>Unbound local-zone configuration.</summary>
    Unbound,

    /// <summary>A hosts file (exact names only).</summary>
    Hosts,
}
