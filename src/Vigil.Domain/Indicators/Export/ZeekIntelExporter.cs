using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A Zeek Intelligence Framework file: tab-separated with the #fields header; Intel::ADDR, Intel::SUBNET, Intel::DOMAIN,
/// Intel::URL (without scheme, as Zeek's HTTP::IN_URL sees it), Intel::FILE_HASH, Intel::EMAIL, Intel::FILE_NAME.
/// Zeek matches exact values (a DOMAIN does not match its subdomains). Empty fields are "-"; tabs and line breaks in
/// descriptions are replaced. Load: <c>redef Intel::read_files += { "/opt/zeek/intel/vigil.intel" };</c>.
/// </summary>
internal static class ZeekIntelExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: false, _ => true);
        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("zeek-intel", options, selection.Selected.Count, "Exact matches only: Intel::DOMAIN does not cover subdomains"));
        text.Append("#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\n");
        foreach (var indicator in selection.Selected)
        {
            var value = indicator.Type == IndicatorType.Url ? indicator.Value.Value[(indicator.Value.Value.IndexOf("://", StringComparison.Ordinal) + 3)..] : indicator.Value.Value;
            var source = indicator.Sources.Count > 0 ? Field(string.Join(",", indicator.Sources)) : "vigil";
            var description = Field(string.Join(" - ", new[] { indicator.Family, indicator.Description, indicator.Action == IndicatorAction.AlertOnly ? "alert-only" : null }
                .Where(s => !string.IsNullOrWhiteSpace(s))));
            text.Append(Field(value)).Append('\t').Append(Type(indicator)).Append('\t').Append(source).Append('\t').Append(description).Append('\n');
        }

        return selection.File($"{ExportText.Identifier(options.Name, "-_", 60)}.intel", "text/tab-separated-values; charset=utf-8", text.ToString(), selection.Selected.Count);
    }

    private static string Type(Indicator indicator) => indicator.Type switch
    {
        IndicatorType.Ipv4 or IndicatorType.Ipv6 => "Intel::ADDR",
        IndicatorType.Cidr => "Intel::SUBNET",
        IndicatorType.Domain => "Intel::DOMAIN",
        IndicatorType.Url => "Intel::URL",
        IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256 => "Intel::FILE_HASH",
        IndicatorType.Email => "Intel::EMAIL",
        IndicatorType.FileName => "Intel::FILE_NAME",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Type, "unknown indicator type"),
    };

    /// <summary>A field without tabs or line breaks (they would split the row), "-" when empty, as Zeek's input reader expects.</summary>
    private static string Field(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "-";
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsControl(c) ? ' ' : c);
        }

        var trimmed = result.ToString().Trim();
        return trimmed.Length == 0 || trimmed == "-" ? "-" : trimmed;
    }
}
