using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Suricata rules, one or more per indicator. Domains: DNS query, TLS SNI and HTTP host rules that match the name and
/// its subdomains on a dot boundary (<c>dotprefix; content:".evil.com"; endswith;</c> — "notevil.com" does not match).
/// URLs: exact host (<c>bsize</c>) and a path that starts with the listed one. Addresses and networks: <c>ip</c> rules in
/// both directions. Hashes need list files: see <see cref="SuricataDatasetsExporter"/>. Block indicators get <c>drop</c>
/// only with <see cref="IndicatorExportOptions.IpsMode"/>; alert-only indicators (kill switches) always <c>alert</c>.
/// Load: add the file to <c>rule-files</c> in suricata.yaml.
/// </summary>
internal static class SuricataExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: false, t => ExportSelection.IsAddress(t) || t is IndicatorType.Domain or IndicatorType.Url);
        var sids = new SidAllocator(options.SidBase, options.SidRange);
        var rules = new StringBuilder();
        var count = 0;
        foreach (var indicator in selection.Selected)
        {
            count += indicator.Type == IndicatorType.Domain ? DomainRules(rules, indicator, options, sids) : OtherRule(rules, indicator, options, sids);
        }

        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("suricata", options, selection.Selected.Count,
            $"Rules: {count}; SIDs {options.SidBase}-{options.SidBase + options.SidRange - 1}; action for block indicators: {(options.IpsMode ? "drop" : "alert")}",
            "Hashes are not applicable here: use the suricata-datasets format"));
        text.Append(rules);
        return selection.File($"{ExportText.Identifier(options.Name, "-_", 60)}.rules", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count);
    }

    /// <summary>DNS, TLS SNI and HTTP host rules for a domain and its subdomains.</summary>
    public static int DomainRules(StringBuilder rules, Indicator indicator, IndicatorExportOptions options, SidAllocator sids)
    {
        var content = IdsText.Content("." + indicator.Value.Value);
        Rule(rules, indicator, options, sids, "dns", "DNS query", $"dns.query; dotprefix; content:\"{content}\"; nocase; endswith;", "dns");

        // SNI and Host are sent by the client, so a subdomain of a listed name is as bad as the name.
        Rule(rules, indicator, options, sids, "tls", "TLS SNI", $"tls.sni; dotprefix; content:\"{content}\"; nocase; endswith;", "tls");

        // http.host is normalised to lower case (nocase would be rejected as redundant); values are lower case too.
        Rule(rules, indicator, options, sids, "http", "HTTP host", $"http.host; dotprefix; content:\"{content}\"; endswith;", "http");
        return 3;
    }

    /// <summary>An ip rule for an address or network, or an HTTP rule for a URL.</summary>
    public static int OtherRule(StringBuilder rules, Indicator indicator, IndicatorExportOptions options, SidAllocator sids)
    {
        var value = indicator.Value.Value;
        if (indicator.Type == IndicatorType.Url)
        {
            var (host, path) = SplitUrl(value);
            var hostContent = IdsText.Content(host);
            Rule(rules, indicator, options, sids, "http", "URL", $"http.host; content:\"{hostContent}\"; bsize:{System.Text.Encoding.UTF8.GetByteCount(host)}; http.uri.raw; content:\"{IdsText.Content(path)}\"; startswith;", "url");
            return 1;
        }

        rules.Append(IdsText.Action(options, indicator)).Append(" ip any any <> [").Append(value).Append("] any (msg:\"")
            .Append(IdsText.Message(options, indicator, "traffic with")).Append("\"; classtype:trojan-activity; sid:")
            .Append(sids.Next("ip:" + value)).Append("; rev:1; metadata:").Append(IdsText.Metadata(indicator)).Append(";)\n");
        return 1;
    }

    private static void Rule(StringBuilder rules, Indicator indicator, IndicatorExportOptions options, SidAllocator sids, string protocol, string what, string body, string kind)
    {
        rules.Append(IdsText.Action(options, indicator)).Append(' ').Append(protocol).Append(" any any -> any any (msg:\"")
            .Append(IdsText.Message(options, indicator, what)).Append("\"; ").Append(body).Append(" classtype:trojan-activity; sid:")
            .Append(sids.Next(kind + ":" + indicator.Value.Value)).Append("; rev:1; metadata:").Append(IdsText.Metadata(indicator)).Append(";)\n");
    }

    /// <summary>"http://evil.com:8080/a?b" → ("evil.com", "/a?b"): http.host holds the host without its port.</summary>
    public static (string Host, string Path) SplitUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var path = slash < 0 ? "/" : rest[slash..];
        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            host = close < 0 ? authority : authority[1..close];
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
        }

        return (host, path);
    }
}
