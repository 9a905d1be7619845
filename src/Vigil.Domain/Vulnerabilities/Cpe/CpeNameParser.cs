using System.Text;
using Vigil.Domain.Common;

namespace Vigil.Domain.Vulnerabilities.Cpe;

/// <summary>
/// Reads CPE 2.3 formatted strings (NISTIR 7695 §6.2): colons separate the 13 components, a backslash quotes the
/// next character ("\:" "\." "\(" in names like cisco:ios:15.2\(7\)e4), unquoted "*" and "?" are wildcards, a lone
/// "*" is ANY and a lone "-" is NA. Values are lower-cased: CPE matching is case-insensitive.
/// </summary>
public static class CpeNameParser
{
    public const string InvalidCode = "vulnerabilities.cpe_invalid";

    public static Result<CpeName> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.StartsWith("cpe:2.3:", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(text, "it does not start with cpe:2.3:");
        }

        var components = Split(text.AsSpan(8));
        if (components is null)
        {
            return Fail(text, "it ends in a lone backslash");
        }

        if (components.Count != 11)
        {
            return Fail(text, $"it has {components.Count} components after cpe:2.3, not 11");
        }

        var part = components[0] switch
        {
            "a" or "A" => CpePart.Application,
            "o" or "O" => CpePart.OperatingSystem,
            "h" or "H" => CpePart.Hardware,
            "*" => CpePart.Any,
            _ => (CpePart?)null,
        };
        if (part is null)
        {
            return Fail(text, $"the part '{components[0]}' is not a, o, h or *");
        }

        var values = new CpeValue[10];
        for (var i = 0; i < 10; i++)
        {
            values[i] = Value(components[i + 1]);
        }

        // A catalog names a few tens of thousands of vendors and products over millions of criteria: share the strings.
        values[0] = values[0] with { Text = string.Intern(values[0].Text) };
        values[1] = values[1] with { Text = string.Intern(values[1].Text) };

        return new CpeName(part.Value, values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9]);
    }

    /// <summary>Quotes the characters a formatted-string value must quote (everything but letters, digits, "_", "-", ".").</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') || (c == '-' && text.Length == 1))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static List<string>? Split(ReadOnlySpan<char> text)
    {
        // Components stay quoted here; Value() resolves the quoting, which decides what is a wildcard.
        var components = new List<string>(11);
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    return null;
                }

                current.Append(c).Append(text[++i]);
            }
            else if (c == ':')
            {
                components.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        components.Add(current.ToString());
        return components;
    }

    private static CpeValue Value(string quoted)
    {
        if (quoted is "*" or "")
        {
            return CpeValue.Any;
        }

        if (quoted == "-")
        {
            return CpeValue.NotApplicable;
        }

        var plain = new StringBuilder(quoted.Length);
        var wildcards = false;
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c == '\\')
            {
                plain.Append(quoted[++i]);
            }
            else if (c is '*' or '?')
            {
                wildcards = true;
            }
            else
            {
                plain.Append(c);
            }
        }

        // With wildcards the quoting must survive so that "\*" stays a literal star when matching.
        return wildcards
            ? new CpeValue(CpeValueKind.Value, quoted.ToLowerInvariant(), true)
            : new CpeValue(CpeValueKind.Value, plain.ToString().ToLowerInvariant(), false);
    }

    private static Error Fail(string? text, string reason) =>
        Error.Validation(InvalidCode, $"'{Trim(text)}' is not a CPE 2.3 formatted string: {reason}.", "cpe");

    private static string Trim(string? text) => text is null ? "" : text.Length > 120 ? text[..120] + "…" : text;
}
