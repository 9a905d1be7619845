using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vigil.Domain.Indicators;

public static partial class IndicatorValues
{
    /// <summary>
    /// IPv4 (strict dotted quad), IPv6 (RFC 5952 text) or a CIDR. A CIDR with host bits set ("10.1.2.3/8") is aligned
    /// to its network and flagged in the note; a /32 or /128 becomes the plain address, so both spellings dedupe.
    /// </summary>
    private static ParsedValue NormalizeAddress(string text, IndicatorType requested)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return requested == IndicatorType.Cidr && !text.Contains(':', StringComparison.Ordinal) && !IsDottedNumber(text)
                ? ParsedValue.Invalid("value.invalid_cidr", $"\"{Shorten(text)}\" is not a network in address/prefix form.")
                : ParseHost(text);
        }

        var prefixText = text.AsSpan(slash + 1);
        var address = ParseHost(text[..slash]);
        if (!address.IsValid)
        {
            return ParsedValue.Invalid("value.invalid_cidr", $"\"{Shorten(text)}\" is not a valid network: {address.Reason}");
        }

        var isV4 = address.Value!.Type == IndicatorType.Ipv4;
        var maxPrefix = isV4 ? 32 : 128;
        if (prefixText.Length is 0 or > 3 || prefixText.ContainsAnyExceptInRange('0', '9') ||
            int.Parse(prefixText, CultureInfo.InvariantCulture) is var prefix && prefix > maxPrefix)
        {
            return ParsedValue.Invalid("value.invalid_cidr", $"\"{Shorten(text)}\": the prefix length must be 0 to {maxPrefix}.");
        }

        if (prefix == maxPrefix)
        {
            return address.WithNote($"/{prefix} is a single address");
        }

        var bytes = IPAddress.Parse(address.Value.Value).GetAddressBytes();
        var network = (byte[])bytes.Clone();
        for (var bit = prefix; bit < network.Length * 8; bit++)
        {
            network[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        var value = $"{new IPAddress(network)}/{prefix.ToString(CultureInfo.InvariantCulture)}";
        var aligned = bytes.AsSpan().SequenceEqual(network);
        return ParsedValue.Ok(IndicatorType.Cidr, value,
            aligned ? null : $"cidr.unaligned: {text} has host bits set; stored as the network {value}");
    }

    /// <summary>One address, IPv4 or IPv6; an IPv4-mapped IPv6 address becomes its IPv4 address.</summary>
    private static ParsedValue ParseHost(string text)
    {
        if (IsDottedNumber(text))
        {
            return TryParseIpv4(text, out var v4, out var leadingZeros)
                ? ParsedValue.Ok(IndicatorType.Ipv4, FormatIpv4(v4), leadingZeros ? $"leading zeros in {text} read as decimal" : null)
                : ParsedValue.Invalid("value.invalid_ipv4", $"\"{Shorten(text)}\" is not a valid IPv4 address (four numbers 0-255).");
        }

        var inner = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        if (!inner.Contains(':', StringComparison.Ordinal) || inner.Contains('%', StringComparison.Ordinal) ||
            !IPAddress.TryParse(inner, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return ParsedValue.Invalid("value.invalid_ipv6", $"\"{Shorten(text)}\" is not a valid IP address.");
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return ParsedValue.Ok(IndicatorType.Ipv4, address.MapToIPv4().ToString(), $"IPv4-mapped {inner} stored as IPv4");
        }

        return ParsedValue.Ok(IndicatorType.Ipv6, address.ToString());
    }

    /// <summary>
    /// Exactly four decimal parts 0-255. IPAddress.TryParse is not used: it accepts "1", "1.2" and hexadecimal or octal
    /// parts ("0x7f.1"), which in a feed are typing mistakes, not addresses.
    /// </summary>
    internal static bool TryParseIpv4(ReadOnlySpan<char> text, out uint address, out bool leadingZeros)
    {
        address = 0;
        leadingZeros = false;
        var parts = 0;
        while (true)
        {
            var dot = text.IndexOf('.');
            var part = dot < 0 ? text : text[..dot];
            if (part.Length is 0 or > 3 || part.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            var value = int.Parse(part, CultureInfo.InvariantCulture);
            if (value > 255)
            {
                return false;
            }

            leadingZeros |= part.Length > 1 && part[0] == '0';
            address = (address << 8) | (uint)value;
            parts++;
            if (dot < 0)
            {
                return parts == 4;
            }

            if (parts == 4)
            {
                return false;
            }

            text = text[(dot + 1)..];
        }
    }

    internal static string FormatIpv4(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");
}
