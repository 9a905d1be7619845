using System.Text;

namespace Vigil.Domain.Indicators;

/// <summary>
/// Undoes the defanging that reports apply so that indicators cannot be clicked: hxxp(s)://, [.], (.), {.}, [dot],
/// [:], [at], [@]. Only these exact forms are rewritten; any other bracket is left alone so that the value is then
/// rejected with a reason instead of being "repaired" into something the author never wrote.
/// </summary>
public static class Defang
{
    private static readonly (string Form, string Replacement)[] Forms =
    [
        ("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("[:]", ":"), ("[at]", "@"), ("[@]", "@"),
    ];

    /// <summary>The refanged text; <paramref name="changed"/> tells whether a defang form was found.</summary>
    public static string Refang(string text, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(text);
        changed = false;
        if (text.Length == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            if (text[i] is '[' or '(' or '{')
            {
                foreach (var (form, replacement) in Forms)
                {
                    if (i + form.Length <= text.Length && text.AsSpan(i, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase))
                    {
                        builder ??= new StringBuilder(text, 0, i, text.Length);
                        builder.Append(replacement);
                        i += form.Length;
                        matched = true;
                        break;
                    }
                }
            }

            if (!matched)
            {
                builder?.Append(text[i]);
                i++;
            }
        }

        var result = builder?.ToString() ?? text;
        changed = builder is not null;
        if (StartsWithDefangedScheme(result, out var schemeLength))
        {
            result = (schemeLength == 4 ? "http" : "https") + result[schemeLength..];
            changed = true;
        }

        return result;
    }

    /// <summary>"hxxp://" or "hxxps://" in any case; "hxxp" alone (a word) is not a scheme and stays.</summary>
    private static bool StartsWithDefangedScheme(string text, out int schemeLength)
    {
        schemeLength = 0;
        if (!text.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text.AsSpan(4).StartsWith("://", StringComparison.Ordinal))
        {
            schemeLength = 4;
        }
        else if (text.AsSpan(4).StartsWith("s://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 5;
        }

        return schemeLength > 0;
    }
}
