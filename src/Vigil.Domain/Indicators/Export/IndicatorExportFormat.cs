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
}
