using System.Net;

namespace Vigil.Domain.Inventory;

/// <summary>
/// The addresses and hostnames a snapshot shows, in the form logs are matched against: addresses canonical (an
/// IPv4-mapped IPv6 address as IPv4, prefix lengths dropped), loopback and unspecified addresses left out (every
/// machine has them), hostnames trimmed of a trailing dot and also joined to the reported domain.
/// </summary>
public static class ComputerAddressSet
{
    public static HashSet<(ComputerAddressKind Kind, string Value)> Of(InventorySnapshot? snapshot)
    {
        var set = new HashSet<(ComputerAddressKind, string)>(KeyComparer.Instance);
        if (snapshot is null)
        {
            return set;
        }

        if (HostName(snapshot.Hostname) is { } host)
        {
            set.Add((ComputerAddressKind.Hostname, host));
            if (!host.Contains('.', StringComparison.Ordinal) && HostName(snapshot.Domain) is { } domain && domain.Contains('.', StringComparison.Ordinal))
            {
                set.Add((ComputerAddressKind.Hostname, host + "." + domain));
            }
        }

        foreach (var address in snapshot.NetworkInterfaces?.SelectMany(n => n.IpAddresses ?? []) ?? [])
        {
            if (NormaliseAddress(address) is { } normalised)
            {
                set.Add((ComputerAddressKind.Ip, normalised));
            }
        }

        return set;
    }

    /// <summary>Canonical text of an address (with or without a prefix length), or null when it is not one a log would name.</summary>
    public static string? NormaliseAddress(string? address)
    {
        var text = address?.Trim() ?? "";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            text = text[..slash];
        }

        if (!IPAddress.TryParse(text, out var ip))
        {
            return null;
        }

        ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        return IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? null : ip.ToString();
    }

    /// <summary>The first label of a hostname: "pc01" for "pc01.so-tc.gov.vn".</summary>
    public static string ShortName(string host) => host.Split('.')[0];

    private static string? HostName(string? name)
    {
        var text = name?.Trim().TrimEnd('.');
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Hostnames compare case-insensitively, as DNS does.</summary>
    public sealed class KeyComparer : IEqualityComparer<(ComputerAddressKind Kind, string Value)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((ComputerAddressKind Kind, string Value) x, (ComputerAddressKind Kind, string Value) y) =>
            x.Kind == y.Kind && string.Equals(x.Value, y.Value, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((ComputerAddressKind Kind, string Value) obj) =>
            HashCode.Combine(obj.Kind, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Value));
    }
}
