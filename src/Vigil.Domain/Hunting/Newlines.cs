using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigil.Domain.Hunting;

/// <summary>
/// Counts '\n' in a block: every block is counted twice (the reader for the next block's first line number, the
/// hunter up to each candidate line), so this runs over every byte. The general span count extracts a bit mask and
/// counts its bits per 16 bytes; here each 16-byte compare is subtracted into byte counters (a match is -1), which are
/// summed only every 255 vectors, so the loop is a load, a compare and a subtract.
/// </summary>
internal static class Newlines
{
    public static int Count(ReadOnlySpan<byte> text)
    {
        var count = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= 64)
        {
            ref var origin = ref MemoryMarshal.GetReference(text);
            var newline = Vector128.Create((byte)'\n');
            while (i + 64 <= text.Length)
            {
                var counters = Vector128<byte>.Zero;
                var rounds = Math.Min((text.Length - i) / 64, 63);
                for (var r = 0; r < rounds; r++, i += 64)
                {
                    counters -= Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)i), newline);
                    counters -= Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)i + 16), newline);
                    counters -= Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)i + 32), newline);
                    counters -= Vector128.Equals(Vector128.LoadUnsafe(ref origin, (nuint)i + 48), newline);
                }

                // At most 63 rounds of 4 per counter: 252, below a byte's overflow.
                var (low, high) = Vector128.Widen(counters);
                count += Vector128.Sum(low + high);
            }
        }

        return count + text[i..].Count((byte)'\n');
    }
}
