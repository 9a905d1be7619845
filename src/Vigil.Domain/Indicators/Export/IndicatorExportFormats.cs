namespace Vigil.Domain.Indicators.Export;

/// <summary>The kebab-case names of <see cref="IndicatorExportFormat"/> used by `vigil ioc export` and feed URLs.</summary>
public static class IndicatorExportFormats
{
    private static readonly (string Name, IndicatorExportFormat Format, string Description)[] s_formats =
    [
        ("ip-list", IndicatorExportFormat.IpList, "IP addresses and networks, one per line"),
        ("domain-list", IndicatorExportFormat.DomainList, "domains, one per line"),
        ("url-list", IndicatorExportFormat.UrlList, "URLs without scheme, one per line"),
        ("hash-list", IndicatorExportFormat.HashList, "MD5, SHA-1 and SHA-256 hashes, one per line"),
    ];

    public static IEnumerable<(string Name, IndicatorExportFormat Format, string Description)> All => s_formats;

    public static string Name(IndicatorExportFormat format) =>
        s_formats.First(f => f.Format == format).Name;

    public static bool TryParse(string? name, out IndicatorExportFormat format)
    {
        foreach (var entry in s_formats)
        {
            if (string.Equals(entry.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = entry.Format;
                return true;
            }
        }

        format = default;
        return false;
    }
}
