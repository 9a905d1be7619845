using System.Net;
using System.Text.RegularExpressions;
using Vigil.Domain.Common;

namespace Vigil.Domain.Isolation;

/// <summary>
/// A machine to contain from the network side: its addresses, MAC addresses, and the switch port in front of it when
/// someone knows it. Built only through <see cref="Create"/>, which validates every value, so the kits can put them
/// into device configurations without further escaping.
/// </summary>
public sealed partial record ContainmentTarget
{
    private ContainmentTarget(string label, IReadOnlyList<IPAddress> addresses, IReadOnlyList<string> macs, string? switchInterface)
    {
        Label = label;
        Addresses = addresses;
        Macs = macs;
        SwitchInterface = switchInterface;
    }

    /// <summary>Host name reduced to safe characters (letters, digits, . - _), at most 40.</summary>
    public string Label { get; }

    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>Lower-case "aa:bb:cc:dd:ee:ff".</summary>
    public IReadOnlyList<string> Macs { get; }

    /// <summary>A switch interface name such as GigabitEthernet1/0/5, or null when the port is not known.</summary>
    public string? SwitchInterface { get; }

    public static Result<ContainmentTarget> Create(string? hostname, IEnumerable<string> addresses, IEnumerable<string> macs, string? switchInterface)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(macs);
        var ips = new List<IPAddress>();
        foreach (var text in addresses)
        {
            if (!IPAddress.TryParse(text.Trim(), out var ip) || text.Contains('%', StringComparison.Ordinal))
            {
                return Error.Validation("containment.address_invalid", $"'{Shorten(text)}' is not an IP address.", "addresses");
            }

            ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
            if (!IPAddress.IsLoopback(ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any) && !ips.Contains(ip))
            {
                ips.Add(ip);
            }
        }

        var normalisedMacs = new List<string>();
        foreach (var text in macs)
        {
            var mac = NormaliseMac(text);
            if (mac is null)
            {
                return Error.Validation("containment.mac_invalid", $"'{Shorten(text)}' is not a MAC address.", "macs");
            }

            if (mac != "00:00:00:00:00:00" && !normalisedMacs.Contains(mac))
            {
                normalisedMacs.Add(mac);
            }
        }

        var port = string.IsNullOrWhiteSpace(switchInterface) ? null : switchInterface.Trim();
        if (port is not null && !InterfaceName().IsMatch(port))
        {
            return Error.Validation("containment.interface_invalid", "A switch interface is letters, digits and / . : - (e.g. GigabitEthernet1/0/5).", "interface");
        }

        if (ips.Count == 0 && normalisedMacs.Count == 0 && port is null)
        {
            return Error.Validation("containment.nothing_known", "Neither an address, a MAC address nor a switch port of this computer is known.", "addresses");
        }

        return new ContainmentTarget(SafeLabel(hostname), ips, normalisedMacs, port);
    }

    /// <summary>"aa:bb:cc:dd:ee:ff" from the usual spellings (colons, dashes, Cisco dots, bare hex); null when not one.</summary>
    public static string? NormaliseMac(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var hex = new string([.. text.Trim().Where(c => c is not (':' or '-' or '.'))]);
        if (hex.Length != 12 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        hex = hex.ToLowerInvariant();
        return string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }

    private static string SafeLabel(string? hostname)
    {
        var label = new string([.. (hostname ?? "").Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').Take(40)]);
        return label.Length == 0 ? "host" : label;
    }

    private static string Shorten(string text) => new([.. text.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9/.:-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex InterfaceName();
}
