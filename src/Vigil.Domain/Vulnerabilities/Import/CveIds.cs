using System.Text.RegularExpressions;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>CVE identifiers: "CVE-YYYY-NNNN…" (four or more digits), upper-cased.</summary>
public static partial class CveIds
{
    public static string? Normalize(string? text)
    {
        var trimmed = (text ?? "").Trim().ToUpperInvariant();
        return Pattern().IsMatch(trimmed) ? trimmed : null;
    }

    [GeneratedRegex(@"^CVE-(19|20)\d\d-\d{4,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
