namespace Vigil.Domain.Indicators.Warnings;

/// <summary>IANA special-purpose address ranges (RFC 6890 and successors) that must never be blocked as threats.</summary>
internal static class SpecialRanges
{
    public static readonly IReadOnlyList<(IpNetwork Network, string Text, string Code, string Reason)> All =
    [
        Range("0.0.0.0/8", WarningCodes.ThisNetwork, "\"this network\" (0.0.0.0/8): blocking it breaks DHCP and default routes"),
        Range("10.0.0.0/8", WarningCodes.Private, "private network (RFC 1918): your own internal hosts"),
        Range("172.16.0.0/12", WarningCodes.Private, "private network (RFC 1918): your own internal hosts"),
        Range("192.168.0.0/16", WarningCodes.Private, "private network (RFC 1918): your own internal hosts"),
        Range("100.64.0.0/10", WarningCodes.Cgnat, "carrier-grade NAT space (RFC 6598): shared by an ISP's customers"),
        Range("127.0.0.0/8", WarningCodes.Loopback, "loopback (127.0.0.0/8): the machine itself"),
        Range("169.254.0.0/16", WarningCodes.LinkLocal, "link-local (169.254.0.0/16): automatic addresses on the local link"),
        Range("192.0.0.0/24", WarningCodes.Reserved, "IETF protocol assignments (192.0.0.0/24)"),
        Range("192.0.2.0/24", WarningCodes.Documentation, "documentation range TEST-NET-1 (RFC 5737): example data, not a real host"),
        Range("198.51.100.0/24", WarningCodes.Documentation, "documentation range TEST-NET-2 (RFC 5737): example data, not a real host"),
        Range("203.0.113.0/24", WarningCodes.Documentation, "documentation range TEST-NET-3 (RFC 5737): example data, not a real host"),
        Range("198.18.0.0/15", WarningCodes.Reserved, "benchmarking range (RFC 2544)"),
        Range("224.0.0.0/4", WarningCodes.Multicast, "multicast (224.0.0.0/4): routing protocols and discovery use it"),
        Range("255.255.255.255/32", WarningCodes.Broadcast, "limited broadcast (255.255.255.255)"),
        Range("240.0.0.0/4", WarningCodes.Reserved, "reserved for future use (240.0.0.0/4)"),
        Range("::/128", WarningCodes.Unspecified, "the unspecified IPv6 address (::)"),
        Range("::1/128", WarningCodes.Loopback, "IPv6 loopback (::1): the machine itself"),
        Range("fe80::/10", WarningCodes.LinkLocal, "IPv6 link-local (fe80::/10): neighbour discovery and routing need it"),
        Range("fc00::/7", WarningCodes.Private, "IPv6 unique local addresses (fc00::/7): your own internal hosts"),
        Range("ff00::/8", WarningCodes.Multicast, "IPv6 multicast (ff00::/8): neighbour discovery needs it"),
        Range("2001:db8::/32", WarningCodes.Documentation, "IPv6 documentation range (2001:db8::/32): example data, not a real host"),
        Range("100::/64", WarningCodes.Reserved, "IPv6 discard-only range (100::/64)"),
    ];

    private static (IpNetwork, string, string, string) Range(string text, string code, string reason) =>
        (IpNetwork.Parse(text) ?? throw new InvalidOperationException("bad built-in range " + text), text, code, reason);
}
