namespace Vigil.Domain.Indicators;

/// <summary>What an indicator's value is. Stored by name; the numbers are fixed so they can be stored too.</summary>
public enum IndicatorType
{
    Ipv4 = 1,
    Ipv6 = 2,

    /// <summary>An IPv4 or IPv6 network, always network-aligned ("10.0.0.0/8", "2001:db8::/32").</summary>
    Cidr = 3,
    Domain = 4,
    Url = 5,
    Md5 = 6,
    Sha1 = 7,
    Sha256 = 8,
    Email = 9,
    FileName = 10,
}
