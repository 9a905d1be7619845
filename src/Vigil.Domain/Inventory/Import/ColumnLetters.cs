namespace Vigil.Domain.Inventory.Import;

/// <summary>Spreadsheet column letters: A–Z, AA–ZZ, … up to XFD, Excel's last column.</summary>
public static class ColumnLetters
{
    /// <summary>Excel's widest sheet has 16 384 columns (XFD).</summary>
    public const int MaxColumns = 16_384;

    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        var n = index + 1;
        while (n > 0)
        {
            n--;
            buffer[--position] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>
    /// Reads the column of a cell reference such as "B7" or "AA12" (the digits are ignored). False when there are
    /// no letters, or the column lies beyond <see cref="MaxColumns"/>.
    /// </summary>
    public static bool TryParseReference(ReadOnlySpan<char> reference, out int index)
    {
        index = -1;
        var value = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            value = (value * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3 || value > MaxColumns)
            {
                return false;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        index = value - 1;
        return true;
    }
}
