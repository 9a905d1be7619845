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
