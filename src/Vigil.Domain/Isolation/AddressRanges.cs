using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace Vigil.Domain.Isolation;

/// <summary>
/// The address ranges that are not in a given set, as "first-last" strings. Windows Firewall lets a block rule win
/// over every allow rule, so "block all except the server" has to be written as "block the complement of the server".
/// </summary>
public static class AddressRanges
{
    public static IReadOnlyList<string> Complement(IEnumerable<IPAddress> allowed, AddressFamily family)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var bytes = family == AddressFamily.InterNetworkV6 ? 16 : 4;
        var max = (BigInteger.One << (bytes * 8)) - 1;
        var points = allowed.Where(a => a.AddressFamily == family).Select(ToNumber).Distinct().Order().ToList();
        var ranges = new List<string>();
        var start = BigInteger.Zero;
        foreach (var point in points)
        {
            if (point > start)
            {
                ranges.Add(Range(start, point - 1, bytes));
            }

            start = point + 1;
        }

        if (start <= max)
        {
            ranges.Add(Range(start, max, bytes));
        }

        return ranges;
    }

    private static BigInteger ToNumber(IPAddress address) => new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    private static string Range(BigInteger first, BigInteger last, int bytes) =>
        first == last ? ToAddress(first, bytes).ToString() : $"{ToAddress(first, bytes)}-{ToAddress(last, bytes)}";

    private static IPAddress ToAddress(BigInteger value, int bytes)
    {
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[bytes];
        raw.CopyTo(padded, bytes - raw.Length);
        return new IPAddress(padded);
    }
}
