using System.Net;

namespace Vigil.Domain.Isolation;

/// <summary>One address, protocol ("tcp" or "udp") and port an isolated host may still talk to.</summary>
public sealed record IsolationEndpoint(IPAddress Address, string Protocol, int Port)
{
    public bool IsV6 => Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;

    public override string ToString() => IsV6 ? $"[{Address}]:{Port}/{Protocol}" : $"{Address}:{Port}/{Protocol}";
}
