using System.Net;
using Vigil.Domain.Common;

namespace Vigil.Domain.Isolation;

/// <summary>
/// What an isolated host may still reach: the Vigil server (every address its name resolved to at isolate time, plus
/// extra addresses the operator configured, on the server's port), the DNS servers it needs to resolve that name,
/// DHCP to keep its address, and loopback. Everything else is dropped in both directions.
/// </summary>
public sealed record IsolationPolicy
{
    public const int MaxEndpoints = 64;

    public required IReadOnlyList<IsolationEndpoint> ServerEndpoints { get; init; }

    public IReadOnlyList<IPAddress> DnsServers { get; init; } = [];

    public bool AllowDhcp { get; init; } = true;

    /// <summary>Every address the host may exchange packets with (server and DNS), without duplicates.</summary>
    public IReadOnlyList<IPAddress> AllowedAddresses =>
        [.. ServerEndpoints.Select(e => e.Address).Concat(DnsServers).Distinct()];

    /// <summary>
    /// Builds and checks a policy. The server must be reachable through it (at least one address, a valid port);
    /// unspecified, multicast and broadcast addresses are refused because allowing them would open the whole segment.
    /// </summary>
    public static Result<IsolationPolicy> Create(IEnumerable<IPAddress> serverAddresses, int serverPort, IEnumerable<IPAddress> dnsServers, bool allowDhcp)
    {
        ArgumentNullException.ThrowIfNull(serverAddresses);
        ArgumentNullException.ThrowIfNull(dnsServers);
        if (serverPort is < 1 or > 65535)
        {
            return Error.Validation("isolation.port_invalid", "The server port must be between 1 and 65535.", "port");
        }

        var servers = serverAddresses.Select(Normalise).Distinct().ToList();
        var dns = dnsServers.Select(Normalise).Distinct().ToList();
        if (servers.Count == 0)
        {
            return Error.Validation("isolation.no_server_address", "No address of the Vigil server is known; isolating would cut the agent off.", "addresses");
        }

        if (servers.Count + dns.Count > MaxEndpoints)
        {
            return Error.Validation("isolation.too_many_addresses", $"At most {MaxEndpoints} allowed addresses.", "addresses");
        }

        if (servers.Concat(dns).FirstOrDefault(a => !IsUsable(a)) is { } bad)
        {
            return Error.Validation("isolation.address_invalid", $"'{bad}' cannot be an allowed address (unspecified, broadcast or multicast).", "addresses");
        }

        return new IsolationPolicy
        {
            ServerEndpoints = servers.ConvertAll(a => new IsolationEndpoint(a, "tcp", serverPort)),
            DnsServers = dns,
            AllowDhcp = allowDhcp,
        };
    }

    /// <summary>IPv4-mapped IPv6 addresses become IPv4 (that is how packets carry them); scope ids are dropped.</summary>
    private static IPAddress Normalise(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
    }

    private static bool IsUsable(IPAddress a) =>
        !a.Equals(IPAddress.Any) && !a.Equals(IPAddress.IPv6Any) && !a.Equals(IPAddress.Broadcast)
        && !(a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && a.GetAddressBytes()[0] >= 224)
        && !a.IsIPv6Multicast;
}
