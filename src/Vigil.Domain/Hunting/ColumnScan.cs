using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigil.Domain.Hunting;

/// <summary>
/// The fast path for Zeek TSV: only the columns that can hold an indicator (<see cref="FieldKinds.Zeek"/>) are
/// scanned, each for the kinds it can hold. A dense dns.log line has nine dotted tokens, of which the time, the
/// round-trip time and the TTLs can never be a hit; the reader never reports a column outside that list, so skipping
/// them changes no result. Zeek escapes a tab inside a value (\x09), so splitting on tabs is exact. Comment and header
/// lines ('#') are skipped as the reader skips them. Separators are found from bit masks of 64 bytes at a time.
/// </summary>
internal static class ColumnScan
{
    /// <summary>What each column of <paramref name="header"/> can hold; null when no column can hold anything.</summary>
    public static HuntValueKinds[]? ZeekColumns(LogHeader header)
    {
        var columns = header.Fields.Select(FieldKinds.Zeek).ToArray();
        return columns.Any(k => k != HuntValueKinds.None) ? columns : null;
    }

    public static void ScanTsv(IndicatorMatcher matcher, ReadOnlySpan<byte> block, HuntValueKinds[] columns, List<MatchCandidate> output, List<MatchCandidate> scratch)
    {
        var column = 0;
        var fieldStart = 0;
        var comment = !block.IsEmpty && block[0] == '#';
        for (var chunk = 0; chunk < block.Length; chunk += 64)
        {
            var mask = Separators(block, chunk);
            while (mask != 0)
            {
                var at = chunk + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (!comment && column < columns.Length && columns[column] != HuntValueKinds.None && at > fieldStart)
                {
                    matcher.ScanField(block, fieldStart, at, columns[column], output, scratch);
                }

                if (block[at] == '\n')
                {
                    column = 0;
                    comment = at + 1 < block.Length && block[at + 1] == '#';
                }
                else
                {
                    column++;
                }

                fieldStart = at + 1;
            }
        }

        if (!comment && column < columns.Length && columns[column] != HuntValueKinds.None && block.Length > fieldStart)
        {
            matcher.ScanField(block, fieldStart, block.Length, columns[column], output, scratch);
        }
    }

    /// <summary>One bit per tab or line end in the 64 bytes from <paramref name="chunk"/> (fewer at the end of the block).</summary>
    private static ulong Separators(ReadOnlySpan<byte> block, int chunk)
    {
        if (Vector128.IsHardwareAccelerated && chunk + 64 <= block.Length)
        {
            ref var origin = ref MemoryMarshal.GetReference(block);
            var tab = Vector128.Create((byte)'\t');
            var newline = Vector128.Create((byte)'\n');
            var mask = 0UL;
            for (var i = 0; i < 4; i++)
            {
                var v = Vector128.LoadUnsafe(ref origin, (nuint)(chunk + (16 * i)));
                mask |= (ulong)(Vector128.Equals(v, tab) | Vector128.Equals(v, newline)).ExtractMostSignificantBits() << (16 * i);
            }

            return mask;
        }

        var bits = 0UL;
        var end = Math.Min(block.Length, chunk + 64);
        for (var i = chunk; i < end; i++)
        {
            if (block[i] is (byte)'\t' or (byte)'\n')
            {
                bits |= 1UL << (i - chunk);
            }
        }

        return bits;
    }
}
