using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Snort 2.9 rules. Domains: a DNS query rule whose content is the name in wire format after the 12-byte header
/// ("|04|evil|03|com|00|"): the length byte in front of the first label is the dot boundary, so the name and its
/// subdomains match and "notevil.com" does not; and an HTTP rule on the Host header (content with http_header plus a
/// pcre anchored to the header line). URLs: Host header and http_uri. Addresses: ip rules in both directions. Hashes,
/// e-mail addresses and file names are not applicable. Block indicators get <c>drop</c> only in IPS mode.
/// </summary>
internal static class SnortExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: false, t => ExportSelection.IsAddress(t) || t is IndicatorType.Domain or IndicatorType.Url);
        var sids = new SidAllocator(options.SidBase, options.SidRange);
        var rules = new StringBuilder();
        var count = 0;
        foreach (var indicator in selection.Selected)
        {
            var value = indicator.Value.Value;
            var action = IdsText.Action(options, indicator);
            switch (indicator.Type)
            {
                case IndicatorType.Domain:
                    Rule(rules, action, "udp any any -> any 53", IdsText.Message(options, indicator, "DNS query"),
                        $"content:\"{WireName(value)}\"; offset:12; nocase;", sids.Next("dns:" + value), indicator);
                    Rule(rules, action, "tcp any any -> any $HTTP_PORTS", IdsText.Message(options, indicator, "HTTP host"),
                        $"flow:to_server,established; content:\"{IdsText.Content(value)}\"; http_header; nocase; pcre:\"/^Host\\x3a[ \\t]*([^\\r\\n.\\/]+\\.)*{PcreLiteral(value)}(:\\d+)?\\r?$/Hmi\";",
                        sids.Next("http:" + value), indicator);
                    count += 2;
                    break;
                case IndicatorType.Url:
                    var (host, path) = SuricataExporter.SplitUrl(value);
                    Rule(rules, action, "tcp any any -> any $HTTP_PORTS", IdsText.Message(options, indicator, "URL"),
                        $"flow:to_server,established; content:\"{IdsText.Content(path)}\"; http_raw_uri; depth:{Encoding.UTF8.GetByteCount(path)}; content:\"{IdsText.Content(host)}\"; http_header; nocase; pcre:\"/^Host\\x3a[ \\t]*{PcreLiteral(host)}(:\\d+)?\\r?$/Hmi\";",
                        sids.Next("url:" + value), indicator);
                    count++;
                    break;
                default:
                    Rule(rules, action, $"ip any any <> [{value}] any", IdsText.Message(options, indicator, "traffic with"), "", sids.Next("ip:" + value), indicator);
                    count++;
                    break;
            }
        }

        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("snort", options, selection.Selected.Count,
            $"Rules: {count}; SIDs {options.SidBase}-{options.SidBase + options.SidRange - 1}; action for block indicators: {(options.IpsMode ? "drop" : "alert")}",
            "Load: include $RULE_PATH/FILE in snort.conf"));
        text.Append(rules);
        return selection.File($"{ExportText.Identifier(options.Name, "-_", 60)}-snort.rules", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }

    private static void Rule(StringBuilder rules, string action, string header, string message, string body, long sid, Indicator indicator)
    {
        rules.Append(action).Append(' ').Append(header).Append(" (msg:\"").Append(message).Append("\"; ");
        if (body.Length > 0)
        {
            rules.Append(body).Append(' ');
        }

        rules.Append("classtype:trojan-activity; sid:").Append(sid).Append("; rev:1; metadata:").Append(IdsText.Metadata(indicator)).Append(";)\n");
    }

    /// <summary>"evil.com" → "|04|evil|03|com|00|": each label after its length byte, then the root.</summary>
    internal static string WireName(string domain)
    {
        var text = new StringBuilder();
        foreach (var label in domain.Split('.'))
        {
            text.Append('|').Append(Encoding.ASCII.GetByteCount(label).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(IdsText.Content(label));
        }

        return text.Append("|00|").ToString();
    }

    /// <summary>A literal for a pcre inside a rule: regex metacharacters and the rule's own quote and ';' become \xNN escapes.</summary>
    internal static string PcreLiteral(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            result.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c.ToString() : $"\\x{(int)c & 0xFF:X2}");
        }

        return result.ToString();
    }
}
