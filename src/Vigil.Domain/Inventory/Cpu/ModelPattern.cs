namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// Tiny prefix patterns for model-number tables, cheaper and easier to review than regular expressions:
/// '#' is any digit, '$' means "no further digit here" (so "G4##$" is G440 but not G4900), anything else matches
/// itself ignoring case. A pattern matches the start of the model.
/// </summary>
internal static class ModelPattern
{
    public static bool Matches(ReadOnlySpan<char> model, string pattern)
    {
        var at = 0;
        foreach (var p in pattern)
        {
            if (p == '$')
            {
                if (at < model.Length && char.IsAsciiDigit(model[at]))
                {
                    return false;
                }

                continue;
            }

            if (at >= model.Length)
            {
                return false;
            }

            var c = model[at++];
            var ok = p == '#' ? char.IsAsciiDigit(c) : char.ToUpperInvariant(c) == char.ToUpperInvariant(p);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name of the first row whose pattern matches, or null.</summary>
    public static string? Lookup(ReadOnlySpan<char> model, ReadOnlySpan<(string Pattern, string Name)> table)
    {
        foreach (var (pattern, name) in table)
        {
            if (Matches(model, pattern))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Count of leading ASCII digits.</summary>
    public static int LeadingDigits(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Value of up to <paramref name="count"/> leading digits (caller checks they are digits).</summary>
    public static int Digits(ReadOnlySpan<char> text, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
