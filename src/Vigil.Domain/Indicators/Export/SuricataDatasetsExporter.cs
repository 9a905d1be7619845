using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Suricata rules plus list files, for sets too large for a rule per value. Domains go into string datasets (one
/// base64-encoded name per line, as Suricata's dataset files require) looked up from dns.query, tls.sni and
/// http.host; a dataset lookup is an exact match, so subdomains are NOT matched here (use the suricata format for
/// that). MD5, SHA-1 and SHA-256 hashes go into filemd5/filesha1/filesha256 list files (hex, one per line) checked on
/// files seen in HTTP, SMTP and SMB. Addresses and URLs get the per-value rules of <see cref="SuricataExporter"/>.
/// Separate sets for drop (block indicators in IPS mode) and alert, so alert-only values are never dropped.
/// Put all files in the rule directory and the .rules file in <c>rule-files</c>.
/// </summary>
internal static class SuricataDatasetsExporter
{
    private static readonly string[] s_fileProtocols = ["http", "smtp", "smb"];

    public static IReadOnlyList<ExportFile> Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var selection = ExportSelection.Select(live, options, enforcement: false, t => t is not (IndicatorType.Email or IndicatorType.FileName));
        var name = ExportText.Identifier(options.Name, "-_", 40);
        var sids = new SidAllocator(options.SidBase, options.SidRange);
        var rules = new StringBuilder();
        var files = new List<ExportFile>();
        var ruleCount = 0;

        foreach (var group in selection.Selected.Where(i => i.Type == IndicatorType.Domain).GroupBy(i => IdsText.Action(options, i)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var set = $"{name}-domains-{group.Key}";
            var lines = new StringBuilder();
            foreach (var indicator in group)
            {
                lines.Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(indicator.Value.Value))).Append('\n');
            }

            files.Add(selection.File($"{set}.lst", "text/plain; charset=utf-8", lines.ToString(), group.Count()));
            foreach (var (protocol, buffer) in new[] { ("dns", "dns.query"), ("tls", "tls.sni"), ("http", "http.host") })
            {
                // dns.query and tls.sni keep the client's case; to_lowercase makes the lookup case-insensitive.
                var transform = buffer == "http.host" ? "" : " to_lowercase;";
                rules.Append(group.Key).Append(' ').Append(protocol).Append(" any any -> any any (msg:\"").Append(ExportText.Safe(options.MessagePrefix, 20))
                    .Append(' ').Append(buffer).Append(" in ").Append(set).Append("\"; ").Append(buffer).Append(';').Append(transform)
                    .Append(" dataset:isset,").Append(set).Append(",type string,load ").Append(set).Append(".lst; classtype:trojan-activity; sid:")
                    .Append(sids.Next($"dataset:{set}:{buffer}")).Append("; rev:1;)\n");
                ruleCount++;
            }
        }

        foreach (var group in selection.Selected.Where(i => i.Type is IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256)
                     .GroupBy(i => (i.Type, Action: IdsText.Action(options, i))).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Action, StringComparer.Ordinal))
        {
            var keyword = "file" + group.Key.Type.ToString().ToLowerInvariant();
            var list = $"{name}-{group.Key.Type.ToString().ToLowerInvariant()}-{group.Key.Action}.txt";
            files.Add(selection.File(list, "text/plain; charset=utf-8", string.Concat(group.Select(i => i.Value.Value + "\n")), group.Count()));
            foreach (var protocol in s_fileProtocols)
            {
                rules.Append(group.Key.Action).Append(' ').Append(protocol).Append(" any any -> any any (msg:\"").Append(ExportText.Safe(options.MessagePrefix, 20))
                    .Append(" file ").Append(group.Key.Type.ToString().ToUpperInvariant()).Append(" in ").Append(list).Append("\"; ").Append(keyword).Append(':').Append(list)
                    .Append("; classtype:trojan-activity; sid:").Append(sids.Next($"{list}:{protocol}")).Append("; rev:1;)\n");
                ruleCount++;
            }
        }

        foreach (var indicator in selection.Selected.Where(i => ExportSelection.IsAddress(i.Type) || i.Type == IndicatorType.Url))
        {
            ruleCount += SuricataExporter.OtherRule(rules, indicator, options, sids);
        }

        var text = new StringBuilder();
        ExportText.Comment(text, "#", selection.Header("suricata-datasets", options, selection.Selected.Count,
            $"Rules: {ruleCount}; list files: {files.Count}; keep them in the same directory as this file",
            "Domain datasets match exact names only (no subdomains); the suricata format matches subdomains"));
        text.Append(rules);
        files.Insert(0, selection.File($"{name}.rules", "text/plain; charset=utf-8", text.ToString(), selection.Selected.Count));
        return files;
    }
}
