using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>
/// The fast path over raw UTF-8. Every IPv4 address, domain and URL host contains a dot, so a vectorised search for
/// '.' finds all of them; the token around each dot is classified once and looked up. A hash is a run of 32+ hex
/// digits, which always covers a whole 16-byte aligned block, so one vector test per block finds them. IPv6 is found
/// from its colons. Each pass runs only when the indicator set has that kind, so a domain-only set pays for dots only.
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

    private static readonly System.Buffers.SearchValues<byte> s_urlEnd = System.Buffers.SearchValues.Create(" \t\r\n\"'<>"u8);

    /// <summary>Finds every indicator in <paramref name="text"/>, in the order of the passes (not sorted by position).</summary>
    public void Scan(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (HasDotted)
        {
            ScanDots(text, 0, text.Length, output);
        }

        if (_hashes.Count > 0)
        {
            ScanHex(text, output);
        }

        if (HasIpv6)
        {
            ScanColons(text, output);
        }
    }

    private bool HasDotted => _ipv4.Count > 0 || _ipv4Prefixes.Length > 0 || _domains.Count > 0 || _urls.Count > 0;

    /// <summary>
    /// Scans one field, the bytes [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>, for the
    /// kinds it can hold; candidates are positions in <paramref name="text"/>. The field must be delimited by bytes no
    /// token holds (a tab, a line end): a dotted token is walked out within <paramref name="text"/> and stops there.
    /// </summary>
    internal void ScanField(ReadOnlySpan<byte> text, int from, int to, HuntValueKinds kinds, List<MatchCandidate> output, List<MatchCandidate> scratch)
    {
        if ((kinds & (HuntValueKinds.Address | HuntValueKinds.Domain | HuntValueKinds.Url)) != 0 && HasDotted)
        {
            ScanDots(text, from, to, output);
        }

        var hex = (kinds & HuntValueKinds.Hash) != 0 && _hashes.Count > 0;
        var colons = (kinds & HuntValueKinds.Address) != 0 && HasIpv6;
        if (hex || colons)
        {
            scratch.Clear();
            if (hex)
            {
                ScanHex(text[from..to], scratch);
            }

            if (colons)
            {
                ScanColons(text[from..to], scratch);
            }

            foreach (var candidate in scratch)
            {
                output.Add(candidate with { Start = candidate.Start + from });
            }
        }
    }

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
    /// The end of the dotted quad whose first dot is at <paramref name="dot"/> when it is a whole token (1-3 digits
    /// before the dot, a byte that is no part of a host before those and after the quad), else 0 and the caller walks
    /// the token as a whole: anything else (a longer number, a name, a trailing dot) keeps the general rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int QuadAt(ref byte origin, int length, int dot, ReadOnlySpan<byte> hostClass, out uint address, out int start)
    {
        address = 0;
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

    /// <summary>
    /// The host of a URL indicator: when "scheme://" precedes it, the URL up to white space or a quote is normalised and
    /// looked up; otherwise the line is flagged so a structured reader can join host and path from their fields.
    /// </summary>
    private void CheckUrl(ReadOnlySpan<byte> text, int start, int end, List<MatchCandidate> output)
    {
        var schemeEnd = start - 3;
        if (schemeEnd > 0 && text[schemeEnd..start].SequenceEqual("://"u8))
        {
            var urlStart = schemeEnd;
            while (urlStart > 0 && char.IsAsciiLetter((char)text[urlStart - 1]))
            {
                urlStart--;
            }

            var rest = text[end..];
            var stop = rest.IndexOfAny(s_urlEnd);
            var urlEnd = stop < 0 ? text.Length : end + stop;
            if (urlStart < schemeEnd && urlEnd - urlStart <= Indicators.IndicatorValues.MaxValueLength)
            {
                var index = MatchUrl(Encoding.UTF8.GetString(text[urlStart..urlEnd]));
                if (index >= 0)
                {
                    output.Add(new MatchCandidate(urlStart, urlEnd - urlStart, index, HuntValueKinds.Url));
                    return;
                }
            }
        }

        output.Add(new MatchCandidate(start, end - start, MatchCandidate.HostHint, HuntValueKinds.Url));
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

    private void ScanHex(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        ref var origin = ref MemoryMarshal.GetReference(text);
        var block = 0;
        if (Sse2.IsSupported)
        {
            // SSE2 has no unsigned byte compare, so the portable LessThan below costs a few instructions each; a
            // saturating subtract is zero exactly when a byte is within the bound, and the minimum of the digit and
            // letter tests is zero exactly on a hex digit: about half the instructions per 16 bytes.
            var zero = Vector128.Create((byte)'0');
            var nine = Vector128.Create((byte)9);
            var a = Vector128.Create((byte)'a');
            var five = Vector128.Create((byte)5);
            var caseBit = Vector128.Create((byte)0x20);
            while (block + 32 <= text.Length)
            {
                // Two blocks per round: half the loop's own work per byte.
                var v = Vector128.LoadUnsafe(ref origin, (nuint)block);
                var w = Vector128.LoadUnsafe(ref origin, (nuint)block + 16);
                var first = Sse2.Min(Sse2.SubtractSaturate(v - zero, nine), Sse2.SubtractSaturate((v | caseBit) - a, five));
                var second = Sse2.Min(Sse2.SubtractSaturate(w - zero, nine), Sse2.SubtractSaturate((w | caseBit) - a, five));
                var mask = (uint)Sse2.MoveMask(Sse2.CompareEqual(first, Vector128<byte>.Zero)) | ((uint)Sse2.MoveMask(Sse2.CompareEqual(second, Vector128<byte>.Zero)) << 16);
                block = (mask & 0xFFFF) == 0xFFFF ? HexRun(text, block, output)
                    : mask >> 16 == 0xFFFF ? HexRun(text, block + 16, output)
                    : block + 32;
            }

            if (block + 16 <= text.Length)
            {
                var v = Vector128.LoadUnsafe(ref origin, (nuint)block);
                var notHex = Sse2.Min(Sse2.SubtractSaturate(v - zero, nine), Sse2.SubtractSaturate((v | caseBit) - a, five));
                if (Sse2.MoveMask(Sse2.CompareEqual(notHex, Vector128<byte>.Zero)) == 0xFFFF)
                {
                    HexRun(text, block, output);
                }
            }

            return;
        }

        var zero128 = Vector128.Create((byte)'0');
        var ten128 = Vector128.Create((byte)10);
        var a128 = Vector128.Create((byte)'a');
        var six128 = Vector128.Create((byte)6);
        var caseBit128 = Vector128.Create((byte)0x20);
        while (block + 16 <= text.Length)
        {
            var v = Vector128.LoadUnsafe(ref origin, (nuint)block);
            var hex = Vector128.LessThan(v - zero128, ten128) | Vector128.LessThan((v | caseBit128) - a128, six128);
            block = hex == Vector128<byte>.AllBitsSet ? HexRun(text, block, output) : block + 16;
        }
    }

    /// <summary>
    /// The whole hex run around a 16-byte block of hex digits: a hit when it is a bounded MD5, SHA-1 or SHA-256 of the
    /// set. Returns the aligned block to test next: the one after the block holding the run's first non-hex byte.
    /// </summary>
    private int HexRun(ReadOnlySpan<byte> text, int block, List<MatchCandidate> output)
    {
        var start = block;
        while (start > 0 && IsHex(text[start - 1]))
        {
            start--;
        }

        var end = block + 16;
        while (end < text.Length && IsHex(text[end]))
        {
            end++;
        }

        var length = end - start;
        var bounded = (start == 0 || !IsWordByte(text[start - 1])) && (end == text.Length || !IsWordByte(text[end]));
        if (bounded && length is 32 or 40 or 64)
        {
            Span<byte> lower = stackalloc byte[64];
            Ascii.ToLower(text[start..end], lower, out _);
            if (TryMatchHash(lower[..length], out var index))
            {
                output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Hash));
            }
        }

        return (end & ~15) + 16;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHex(byte b) => (uint)(b - '0') < 10 || (uint)((b | 0x20) - 'a') < 6;

    private static bool IsWordByte(byte b) => b >= 0x80 || char.IsAsciiLetterOrDigit((char)b) || b == '_';

    private static bool IsV6Byte(byte b) => IsHex(b) || b is (byte)':' or (byte)'.';

    private void ScanColons(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        var position = 0;
        Span<char> chars = stackalloc char[64];
        while (position < text.Length)
        {
            var colon = text[position..].IndexOf((byte)':');
            if (colon < 0)
            {
                return;
            }

            colon += position;
            var before = colon > 0 && IsV6Byte(text[colon - 1]);
            var after = colon + 1 < text.Length && IsV6Byte(text[colon + 1]);
            if (!before && !after)
            {
                position = colon + 1;
                continue;
            }

            var start = colon;
            while (start > 0 && IsV6Byte(text[start - 1]))
            {
                start--;
            }

            var end = colon + 1;
            while (end < text.Length && IsV6Byte(text[end]))
            {
                end++;
            }

            position = end + 1;

            // "outside:2001:db8::7", "dmz:2001:db8::7": an interface name glued on with a colon (Cisco ASA); the hex
            // tail of the name ("de") or the lone colon is not part of the address, which starts after that colon.
            if ((start > 0 && IsWordByte(text[start - 1])) || (end - start > 1 && text[start] == ':' && text[start + 1] != ':'))
            {
                start += text[start..end].IndexOf((byte)':') + 1;
            }

            var token = text[start..end];
            var bounded = (start == 0 || !IsWordByte(text[start - 1])) && (end == text.Length || !IsWordByte(text[end]));
            if (!bounded || token.Length is < 3 or > 45 || (token.IndexOf("::"u8) < 0 && token.Count((byte)':') != 7))
            {
                continue;
            }

            for (var i = 0; i < token.Length; i++)
            {
                chars[i] = (char)token[i];
            }

            if (System.Net.IPAddress.TryParse(chars[..token.Length], out var address) &&
                address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !address.IsIPv4MappedToIPv6)
            {
                MatchIpv6(ToUInt128(address), start, token.Length, output);
            }
        }
    }
}
