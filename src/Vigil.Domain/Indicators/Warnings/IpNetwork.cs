using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vigil.Domain.Indicators.Warnings;

/// <summary>An address or network as a 128-bit number and prefix (IPv4 in the low 32 bits), for overlap tests.</summary>
internal readonly record struct IpNetwork(bool IsV6, UInt128 Address, int Prefix)
{
    public int Width => IsV6 ? 128 : 32;

    /// <summary>"10.0.0.0/8", "1.2.3.4", "fe80::/10"; host bits are cleared.</summary>
    public static IpNetwork? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address) || address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return null;
        }

        var isV6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        var width = isV6 ? 128 : 32;
        var prefix = width;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > width))
        {
            return null;
        }

        UInt128 value = 0;
        foreach (var b in address.GetAddressBytes())
        {
            value = (value << 8) | b;
        }

        return new IpNetwork(isV6, value & Mask(prefix, width), prefix);
    }

    /// <summary>True when the two share any address (one contains the other).</summary>
    public bool Overlaps(IpNetwork other)
    {
        if (IsV6 != other.IsV6)
        {
            return false;
        }

        var mask = Mask(Math.Min(Prefix, other.Prefix), Width);
        return (Address & mask) == (other.Address & mask);
    }

    private static UInt128 Mask(int prefix, int width)
    {
        if (prefix == 0)
        {
            return 0;
        }

        var all = width == 128 ? UInt128.MaxValue : (UInt128)uint.MaxValue;
        return all & ~((UInt128.One << (width - prefix)) - 1);
    }
}
