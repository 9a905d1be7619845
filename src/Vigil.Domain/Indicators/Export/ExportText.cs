using System.Globalization;
using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>Escaping shared by exporters: free text (sources, families, descriptions) reaches targets only through these.</summary>
internal static class ExportText
{
    /// <summary>
    /// Free text reduced to characters no target gives a meaning to: ASCII letters and digits, space and . - _ / : , ( ) +
    /// (Vietnamese letters lose their marks, Đ becomes D); everything else becomes '_'; at most <paramref name="max"/> characters.
    /// </summary>
    public static string Safe(string? text, int max = 120)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(Math.Min(decomposed.Length, max));
        foreach (var c in decomposed)
        {
            if (result.Length >= max)
            {
                break;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            result.Append(char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '/' or ':' or ',' or '(' or ')' or '+' ? c : '_');
        }

        return result.ToString().Trim();
    }

    /// <summary>The name of a set, list, ACL or group: ASCII letters, digits and the allowed punctuation, starting with a letter.</summary>
    public static string Identifier(string name, string allowedPunctuation, int maxLength)
    {
        var result = new StringBuilder();
        foreach (var c in name)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || allowedPunctuation.Contains(c, StringComparison.Ordinal) ? c : '_');
        }

        if (result.Length == 0 || !char.IsAsciiLetter(result[0]))
        {
            result.Insert(0, 'v');
        }

        return result.Length > maxLength ? result.ToString(0, maxLength) : result.ToString();
    }

    /// <summary>"Family, source" for comments and messages; empty when neither is known.</summary>
    public static string Describe(Indicator indicator)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(indicator.Family))
        {
            parts.Add(Safe(indicator.Family, 40));
        }

        if (indicator.Sources.Count > 0)
        {
            parts.Add(Safe(indicator.Sources[0], 60));
        }

        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    /// <summary>Joins lines with '\n' and a final newline, each prefixed with the comment marker.</summary>
    public static void Comment(StringBuilder text, string marker, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(marker).Append(' ').Append(line).Append('\n');
        }
    }

    /// <summary>Address and prefix of an IPv4/IPv6 value or CIDR ("10.0.0.0/8" → 10.0.0.0, 8).</summary>
    public static (System.Net.IPAddress Address, int Prefix) Network(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = System.Net.IPAddress.Parse(slash < 0 ? value : value[..slash]);
        var width = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
        return (address, slash < 0 ? width : int.Parse(value.AsSpan(slash + 1), CultureInfo.InvariantCulture));
    }

    /// <summary>A dotted IPv4 mask ("255.255.255.0") or, with <paramref name="wildcard"/>, Cisco's inverse mask ("0.0.0.255").</summary>
    public static string Ipv4Mask(int prefix, bool wildcard)
    {
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if (wildcard)
        {
            mask = ~mask;
        }

        return $"{mask >> 24}.{(mask >> 16) & 255}.{(mask >> 8) & 255}.{mask & 255}";
    }
}
