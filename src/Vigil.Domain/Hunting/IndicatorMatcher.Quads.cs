using System.Runtime.CompilerServices;

namespace Vigil.Domain.Hunting;

/// <summary>
/// IPv4 addresses in dotted tokens: a quad standing alone parsed straight from the bytes at its first dot, and the
/// strict parse of a whole digits-and-dots token for the rest (<see cref="IndicatorMatcher"/>'s dotted-token scan).
/// </summary>
public sealed partial class IndicatorMatcher
{
    /// <summary>
    /// The end of the dotted quad whose first dot is at <paramref name="dot"/> when it is a whole token (1-3 digits
    /// before the dot, a byte that is no part of a host before those and after the quad), else 0 and the caller walks
    /// the token as a whole: anything else (a longer number, a name, a trailing dot) keeps the general rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int QuadAt(ref byte origin, int length, int dot, ReadOnlySpan<byte> hostClass, out uint address, out int start)
    {
        address = 0;
        start = dot;

        // A quad's second part is 1-3 digits and a dot: times, durations and most names fail here, before any walk.
        if (!((dot + 2 < length && Unsafe.Add(ref origin, dot + 2) == '.') ||
              (dot + 3 < length && Unsafe.Add(ref origin, dot + 3) == '.') ||
              (dot + 4 < length && Unsafe.Add(ref origin, dot + 4) == '.')))
        {
            return 0;
        }

        var first = dot;
        while (first > 0 && dot - first < 3 && (uint)(Unsafe.Add(ref origin, first - 1) - '0') <= 9)
        {
            first--;
        }

        start = first;
        if (first == dot || (first > 0 && hostClass[Unsafe.Add(ref origin, first - 1)] != 0))
        {
            return 0;
        }

        var i = first;
        var result = 0u;
        for (var part = 0; ; part++)
        {
            if (i >= length || (uint)(Unsafe.Add(ref origin, i) - '0') is var value && value > 9)
            {
                return 0;
            }

            i++;
            if (i < length && (uint)(Unsafe.Add(ref origin, i) - '0') is var second && second <= 9)
            {
                value = (value * 10) + second;
                i++;
                if (i < length && (uint)(Unsafe.Add(ref origin, i) - '0') is var third && third <= 9)
                {
                    value = (value * 10) + third;
                    i++;
                    if (value > 255)
                    {
                        return 0;
                    }
                }
            }

            result = (result << 8) | value;
            if (part == 3)
            {
                if (i < length && hostClass[Unsafe.Add(ref origin, i)] != 0)
                {
                    return 0;
                }

                address = result;
                return i;
            }

            if (i >= length || Unsafe.Add(ref origin, i) != '.')
            {
                return 0;
            }

            i++;
        }
    }

    private void MatchAddress(ReadOnlySpan<byte> text, uint address, int start, int end, List<MatchCandidate> output)
    {
        MatchIpv4(address, start, end - start, output);
        if (_urlHostIsAddress && _urlHosts.TryGet(text[start..end], out _))
        {
            CheckUrl(text, start, end, output);
        }
    }

    /// <summary>
    /// A whole token of digits and dots: an IPv4 address or nothing (a version, a decimal, a time); a numeric top label
    /// is never a domain. A trailing dot is the DNS root, a leading one appears in Windows DNS logs; both are dropped.
    /// </summary>
    private void MatchNumeric(ReadOnlySpan<byte> text, int start, int end, List<MatchCandidate> output)
    {
        while (start < end && text[start] == '.')
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        if (TryParseIpv4(text[start..end], out var address))
        {
            MatchAddress(text, address, start, end, output);
        }
    }

    /// <summary>
    /// Strict dotted quad: four decimal parts of 1-3 digits, each at most 255. Unrolled per part: this runs on every
    /// numeric token of a log (times, durations, counters), most of which fail within a few bytes.
    /// </summary>
    internal static bool TryParseIpv4(ReadOnlySpan<byte> token, out uint address)
    {
        address = 0;
        if ((uint)(token.Length - 7) > 8)
        {
            return false;
        }

        var result = 0u;
        var i = 0;
        for (var part = 0; ; part++)
        {
            if ((uint)i >= (uint)token.Length || (uint)(token[i] - '0') is var value && value > 9)
            {
                return false;
            }

            i++;
            if ((uint)i < (uint)token.Length && (uint)(token[i] - '0') is var second && second <= 9)
            {
                value = (value * 10) + second;
                i++;
                if ((uint)i < (uint)token.Length && (uint)(token[i] - '0') is var third && third <= 9)
                {
                    value = (value * 10) + third;
                    i++;
                    if (value > 255)
                    {
                        return false;
                    }
                }
            }

            result = (result << 8) | value;
            if (part == 3)
            {
                address = result;
                return i == token.Length;
            }

            if ((uint)i >= (uint)token.Length || token[i] != '.')
            {
                return false;
            }

            i++;
        }
    }
}
