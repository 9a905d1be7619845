using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>Rule text shared by the Suricata and Snort exporters.</summary>
internal static class IdsText
{
    /// <summary>
    /// A content string: printable ASCII except the rule-syntax characters '"', ';', '\', '|' and ':' stays as is,
    /// everything else becomes a |hex| block, so no value can close the option or the rule.
    /// </summary>
    public static string Content(string value)
    {
        var text = new StringBuilder();
        var inHex = false;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var plain = b is > 0x20 and < 0x7F && b is not ((byte)'"' or (byte)';' or (byte)'\\' or (byte)'|' or (byte)':');
            if (plain)
            {
                if (inHex)
                {
                    text.Append('|');
                    inHex = false;
                }

                text.Append((char)b);
                continue;
            }

            text.Append(inHex ? " " : "|");
            inHex = true;
            text.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (inHex)
        {
            text.Append('|');
        }

        return text.ToString();
    }

    /// <summary>A msg: the prefix, what matched and the indicator's family and source, reduced to characters that need no escaping.</summary>
    public static string Message(IndicatorExportOptions options, Indicator indicator, string what)
    {
        var description = ExportText.Describe(indicator);
        var value = ExportText.Safe(indicator.Value.Value, 100);
        var text = $"{ExportText.Safe(options.MessagePrefix, 20)} {what} {value}" + (description.Length > 0 ? $" ({description})" : "");
        return text.Replace(", ", " - ", StringComparison.Ordinal).Replace(',', ' ');
    }

    /// <summary>metadata option: family, source, TLP, expiry; words only (metadata values may not contain ',' or ';').</summary>
    public static string Metadata(Indicator indicator)
    {
        var items = new List<string> { "vigil_type " + indicator.Type.ToString().ToLowerInvariant() };
        if (!string.IsNullOrWhiteSpace(indicator.Family))
        {
            items.Add("malware_family " + Word(indicator.Family));
        }

        if (indicator.Sources.Count > 0)
        {
            items.Add("source " + Word(indicator.Sources[0]));
        }

        if (indicator.Tlp is { } tlp)
        {
            items.Add("tlp " + tlp.ToString().ToLowerInvariant());
        }

        if (indicator.Action == IndicatorAction.AlertOnly)
        {
            items.Add("vigil_action alert_only");
        }

        return string.Join(", ", items);
    }

    private static string Word(string text)
    {
        var safe = ExportText.Safe(text, 60);
        var word = new StringBuilder();
        foreach (var c in safe)
        {
            word.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_');
        }

        return word.Length == 0 ? "unknown" : word.ToString();
    }

    /// <summary>alert, or drop for a block indicator when the sensor runs inline.</summary>
    public static string Action(IndicatorExportOptions options, Indicator indicator) =>
        options.IpsMode && indicator.Action == IndicatorAction.Block ? "drop" : "alert";
}
