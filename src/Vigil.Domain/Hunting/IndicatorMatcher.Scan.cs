using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>
    /// What a host is made of, by byte: digits and '.' (<see cref="DigitOrDot"/>), letters, '-', '_' and any non-ASCII
    /// byte of an internationalised name (<see cref="OtherHostByte"/>), anything else 0. Held as constant data indexed by
    /// a byte, so the walks below need no bounds checks; OR-ing the classes of a token tells an address from a name.
    /// </summary>
    private static ReadOnlySpan<byte> HostClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ];

    private static readonly System.Buffers.SearchValues<byte> s_urlEnd = System.Buffers.SearchValues.Create(" \t\r\n\"'<>"u8);

    /// <summary>Finds every indicator in <paramref name="text"/>, in the order of the passes (not sorted by position).</summary>
    public void Scan(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_ipv4.Count > 0 || _ipv4Prefixes.Length > 0 || _domains.Count > 0 || _urls.Count > 0)
        {
            ScanDots(text, output);
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

    private void ScanDots(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        var hostClass = HostClass;
        ref var origin = ref MemoryMarshal.GetReference(text);
        var position = 0;
        while (position < text.Length)
        {
            var dot = text[position..].IndexOf((byte)'.');
            if (dot < 0)
            {
                return;
            }

            dot += position;
            var classes = (int)DigitOrDot;
            var start = dot;
            while (start > 0 && hostClass[Unsafe.Add(ref origin, start - 1)] is var c && c != 0)
            {
                classes |= c;
                start--;
            }

            var end = dot + 1;
            while (end < text.Length && hostClass[Unsafe.Add(ref origin, end)] is var c && c != 0)
            {
                classes |= c;
                end++;
            }

            ClassifyDotted(text, start, end, classes == DigitOrDot, output);
            position = end + 1;
        }
    }

    /// <summary>
    /// A whole token with a dot: an IPv4 address, a domain name, or neither (a version, a decimal, a time).
    /// <paramref name="numeric"/> says the token holds only digits and dots.
    /// </summary>
    private void ClassifyDotted(ReadOnlySpan<byte> text, int start, int end, bool numeric, List<MatchCandidate> output)
    {
        // A trailing dot is the DNS root ("evil.com."); a leading one appears in Windows DNS logs (".evil.com.").
        while (start < end && text[start] == '.')
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        var token = text[start..end];
        if (token.Length is < 3 or > MaxTokenLength || token.IndexOf((byte)'.') < 0)
        {
            return;
        }

        if (numeric)
        {
            if (TryParseIpv4(token, out var address))
            {
                MatchIpv4(address, start, token.Length, output);
                if (_urlHostIsAddress && _urlHosts.TryGet(token, out _))
                {
                    CheckUrl(text, start, end, output);
                }
            }

            // All digits and dots but not an address ("1.2.3.4.5", "10.20"): a numeric top label is never a domain.
            return;
        }

        Span<byte> lower = stackalloc byte[MaxTokenLength];
        scoped ReadOnlySpan<byte> name;
        if (token.ContainsAnyInRange((byte)0x80, (byte)0xFF))
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

        if (_domains.Count > 0)
        {
            MatchDomain(name, start, token.Length, output);
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

    /// <summary>Strict dotted quad: four decimal parts of 1-3 digits, each at most 255.</summary>
    internal static bool TryParseIpv4(ReadOnlySpan<byte> token, out uint address)
    {
        address = 0;
        var parts = 0;
        var value = 0;
        var digits = 0;
        foreach (var b in token)
        {
            if (b == '.')
            {
                if (digits == 0 || ++parts > 3)
                {
                    return false;
                }

                address = (address << 8) | (uint)value;
                value = 0;
                digits = 0;
                continue;
            }

            value = (value * 10) + (b - '0');
            if (++digits > 3 || value > 255)
            {
                return false;
            }
        }

        if (parts != 3 || digits == 0)
        {
            return false;
        }

        address = (address << 8) | (uint)value;
        return true;
    }

    private void ScanHex(ReadOnlySpan<byte> text, List<MatchCandidate> output)
    {
        ref var origin = ref MemoryMarshal.GetReference(text);
        var block = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Two 16-byte blocks per test: a run of 32+ hex digits always covers a whole aligned 16-byte block, not
            // always a whole 32-byte one, so each half is judged on its own.
            var zero = Vector256.Create((byte)'0');
            var ten = Vector256.Create((byte)10);
            var a = Vector256.Create((byte)'a');
            var six = Vector256.Create((byte)6);
            var caseBit = Vector256.Create((byte)0x20);
            while (block + 32 <= text.Length)
            {
                var v = Vector256.LoadUnsafe(ref origin, (nuint)block);
                var hex = (Vector256.LessThan(v - zero, ten) | Vector256.LessThan((v | caseBit) - a, six)).ExtractMostSignificantBits();
                block = (hex & 0xFFFF) == 0xFFFF ? HexRun(text, block, output)
                    : hex >> 16 == 0xFFFF ? HexRun(text, block + 16, output)
                    : block + 32;
            }
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
