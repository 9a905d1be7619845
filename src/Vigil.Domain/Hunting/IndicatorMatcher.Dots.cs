using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>
/// Dotted tokens: every IPv4 address, domain and URL host contains a dot. A quad standing alone is parsed straight
/// from the bytes at its first dot; any other token is walked out to its ends once, classifying its bytes from a
/// constant table, and then looked up as a number (only with an edge dot), or as a name (lower-cased only when it has
/// an upper-case letter, punycode only when it has a non-ASCII byte).
/// </summary>
public sealed partial class IndicatorMatcher
{
    private const int MaxTokenLength = 253;

    private const byte DigitOrDot = 1;
    private const byte OtherHostByte = 2;
    private const byte NonAscii = 4;
    private const byte Upper = 8;

    /// <summary>
    /// What a host is made of, by byte: digits and '.' (<see cref="DigitOrDot"/>), letters, '-', '_' and any non-ASCII
    /// byte of an internationalised name (<see cref="OtherHostByte"/>, with <see cref="Upper"/> for 'A'-'Z' and
    /// <see cref="NonAscii"/> for bytes from 0x80), anything else 0. Held as constant data indexed by a byte, so the
    /// walks below need no bounds checks; OR-ing the classes of a token tells an address from a name, and a name that
    /// is already lower-case ASCII (nearly all of them in logs) from one that must be lowered or converted to punycode.
    /// </summary>
    private static ReadOnlySpan<byte> HostClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 2,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    ];

    /// <summary>The dotted tokens that have a dot in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private void ScanDots(ReadOnlySpan<byte> text, int from, int to, List<MatchCandidate> output)
    {
        var hostClass = HostClass;
        ref var origin = ref MemoryMarshal.GetReference(text);
        var length = text.Length;
        var position = from;
        while (true)
        {
            var dot = NextDot(ref origin, to, position);
            if (dot < 0)
            {
                return;
            }

            // Most dotted tokens of a log are addresses standing alone ("10.7.79.158" between quotes, tabs or commas):
            // parsed straight from the bytes, they need neither the walk over the token nor a second pass to parse it.
            var quad = QuadAt(ref origin, length, dot, hostClass, out var address, out var quadStart);
            if (quad > 0)
            {
                MatchAddress(text, address, quadStart, quad, output);
                position = quad + 1;
                continue;
            }

            var classes = (int)DigitOrDot;
            var start = dot;
            while (start > 0 && hostClass[Unsafe.Add(ref origin, start - 1)] is var c && c != 0)
            {
                classes |= c;
                start--;
            }

            var end = dot + 1;
            while (end < length && hostClass[Unsafe.Add(ref origin, end)] is var c && c != 0)
            {
                classes |= c;
                end++;
            }

            position = end + 1;
            if (classes == DigitOrDot)
            {
                // Digits and dots, and not a quad by QuadAt, which saw this token from its first dot: only an edge dot
                // (".1.2.3.4", "1.2.3.4.") can still hide an address. Times, durations and counters stop here.
                if (text[start] == '.' || text[end - 1] == '.')
                {
                    MatchNumeric(text, start, end, output);
                }
            }
            else
            {
                MatchName(text, start, end, dot, classes, output);
            }
        }
    }

    /// <summary>
    /// The next '.' at or after <paramref name="position"/>, 16 bytes per test. Dots in logs are a few dozen bytes apart,
    /// where the general span search spent more on setting up each call than on searching.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextDot(ref byte origin, int length, int position)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            var dots = Vector128.Create((byte)'.');
            while (position + 16 <= length)
            {
                var mask = Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)position), dots).ExtractMostSignificantBits();
                if (mask != 0)
                {
                    return position + BitOperations.TrailingZeroCount(mask);
                }

                position += 16;
            }
        }

        for (; position < length; position++)
        {
            if (Unsafe.Add(ref origin, position) == '.')
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>
    /// A whole token with a dot and a letter, '-', '_' or non-ASCII byte: a domain name or neither. It is lower-cased
    /// only when <paramref name="classes"/> says it has an upper-case letter, and converted to punycode only when it
    /// has a non-ASCII byte; <paramref name="dot"/> is the dot that found it.
    /// </summary>
    private void MatchName(ReadOnlySpan<byte> text, int start, int end, int dot, int classes, List<MatchCandidate> output)
    {
        while (start < end && text[start] == '.')
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        var token = text[start..end];
        if (token.Length is < 3 or > MaxTokenLength || ((dot <= start || dot >= end - 1) && token.IndexOf((byte)'.') < 0))
        {
            return;
        }

        if ((classes & (NonAscii | Upper)) == 0)
        {
            MatchLowerName(text, start, end, token, output);
            return;
        }

        // Only here is a buffer needed: a stackalloc is zeroed each time it runs, so it is not paid per token or scan.
        Span<byte> lower = stackalloc byte[MaxTokenLength];
        scoped ReadOnlySpan<byte> name;
        if ((classes & NonAscii) != 0)
        {
            name = ToPunycode(token, lower);
            if (name.IsEmpty)
            {
                return;
            }
        }
        else
        {
            Ascii.ToLower(token, lower, out var written);
            name = lower[..written];
        }

        MatchLowerName(text, start, end, name, output);
    }

    /// <summary>A lower-case ASCII name (or punycode) of the token at [start, end): the domain walk and the URL hosts.</summary>
    private void MatchLowerName(ReadOnlySpan<byte> text, int start, int end, ReadOnlySpan<byte> name, List<MatchCandidate> output)
    {
        if (_domains.Count > 0)
        {
            MatchDomain(name, start, end - start, output);
        }

        if (_urlHosts.Count > 0 && _urlHosts.TryGet(name, out _))
        {
            CheckUrl(text, start, end, output);
        }
    }

    private static Span<byte> ToPunycode(ReadOnlySpan<byte> token, Span<byte> buffer)
    {
        try
        {
            var ascii = new IdnMapping().GetAscii(Encoding.UTF8.GetString(token)).ToLowerInvariant();
            return ascii.Length <= buffer.Length && Encoding.ASCII.TryGetBytes(ascii, buffer, out var written) ? buffer[..written] : default;
        }
        catch (ArgumentException)
        {
            return default;
        }
    }
}
