namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// A model string split into words on the caller's stack: trademark marks removed ("Core(TM)2" → "Core2",
/// "FX(tm)-8350" → "FX-8350"), white space, commas, '@' and parentheses as separators, original case kept so model
/// numbers come out as the vendor prints them. Comparisons ignore case.
/// </summary>
internal readonly ref struct CpuWords
{
    /// <summary>CPUID brand strings are 48 characters; inventory tools append a little. Longer input is cut, not refused.</summary>
    public const int MaxChars = 256;

    public const int MaxTokens = 48;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<CpuToken> _tokens;

    private CpuWords(ReadOnlySpan<char> text, ReadOnlySpan<CpuToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    public int Count => _tokens.Length;

    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)_tokens.Length ? _text.Slice(_tokens[index].Start, _tokens[index].Length) : [];

    public static CpuWords Split(string raw, Span<char> chars, Span<CpuToken> tokens)
    {
        var length = 0;
        var count = 0;
        var start = -1;
        for (var i = 0; i < raw.Length && length < chars.Length; i++)
        {
            var c = raw[i];
            if (c is '®' or '™' or '©')
            {
                continue;
            }

            if (c == '(')
            {
                var mark = TrademarkLength(raw.AsSpan(i));
                if (mark > 0)
                {
                    i += mark - 1;
                    continue;
                }
            }

            if (IsSeparator(c))
            {
                if (start >= 0)
                {
                    tokens[count++] = new CpuToken(start, length - start);
                    start = -1;
                    if (count == tokens.Length)
                    {
                        break;
                    }
                }

                continue;
            }

            if (start < 0)
            {
                start = length;
            }

            chars[length++] = c;
        }

        if (start >= 0 && count < tokens.Length)
        {
            tokens[count++] = new CpuToken(start, length - start);
        }

        return new CpuWords(chars[..length], tokens[..count]);
    }

    public bool Is(int index, string word) => this[index].Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool StartsWith(int index, string prefix) => this[index].StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public int IndexOf(string word, int from = 0)
    {
        for (var i = from; i < Count; i++)
        {
            if (Is(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first word from <paramref name="from"/> that looks like a model number: has a digit, is not a clock speed
    /// ("3.30GHz", "2.5+"), not a core count ("X2", "8-Core") and comes before the graphics part ("with Radeon…").
    /// </summary>
    public int FindModel(int from)
    {
        for (var i = Math.Max(from, 0); i < Count; i++)
        {
            var word = this[i];
            if (IsGraphicsStart(word))
            {
                return -1;
            }

            if (HasDigit(word) && !IsClock(word) && !IsCoreCount(word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A plain loop: IndexOfAnyInRange allocates in unoptimised builds, which made the allocation test flap.</summary>
    public static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsClock(ReadOnlySpan<char> word) =>
        word.Contains('.') || word.EndsWith("hz", StringComparison.OrdinalIgnoreCase);

    /// <summary>"X2", "X4", "8-Core", "64-Cores", "2C+3G": counts, never model numbers.</summary>
    public static bool IsCoreCount(ReadOnlySpan<char> word) =>
        (word.Length == 2 && (word[0] is 'x' or 'X') && char.IsAsciiDigit(word[1]))
        || word.EndsWith("-core", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-cores", StringComparison.OrdinalIgnoreCase)
        || (word.Contains('+') && word.EndsWith("g", StringComparison.OrdinalIgnoreCase));

    private static bool IsGraphicsStart(ReadOnlySpan<char> word) =>
        word.Equals("with", StringComparison.OrdinalIgnoreCase)
        || word.Equals("w/", StringComparison.OrdinalIgnoreCase)
        || word.Equals("radeon", StringComparison.OrdinalIgnoreCase);

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or '@' or '(' or ')' or ';' or '"' or '[' or ']';

    /// <summary>"(R)", "(TM)", "(C)" in any case; 0 when the parenthesis opens something else.</summary>
    private static int TrademarkLength(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("(r)", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return rest.StartsWith("(tm)", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
    }
}
