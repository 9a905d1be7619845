using System.Text.RegularExpressions;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>
/// There is no Suricata or Snort binary here, so the rules are parse-checked: every rule line is
/// "action proto src port dir dst port (opt; opt:value; …)", quotes are balanced, every option ends with ';' outside
/// quotes, and SIDs are unique — on the WannaCry pack, the mixed set and 10,000 generated values.
/// </summary>
public partial class IdsRuleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "suricata", "suricata-datasets", "snort" })
        {
            foreach (var set in new[] { "wannacry", "mixed", "generated" })
            {
                data.Add(format, set);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_rule_is_well_formed_and_sids_are_unique(string format, string set)
    {
        Assert.True(IndicatorExportFormats.TryParse(format, out var parsed));
        var indicators = set switch { "wannacry" => ExportSets.WannaCry, "mixed" => ExportSets.Mixed, _ => ExportSets.Generated };
        var rules = IndicatorExport.Export(parsed, indicators, ExportSets.Options)[0];
        var sids = new HashSet<long>();
        foreach (var line in rules.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')))
        {
            AssertWellFormed(line);
            var sid = long.Parse(SidPattern().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(sids.Add(sid), $"duplicate sid {sid}: {line}");
            Assert.InRange(sid, 9_700_000, 10_699_999);
        }

        Assert.NotEmpty(sids);
    }

    [Fact]
    public void Kill_switch_domains_are_alert_rules_even_in_ips_mode()
    {
        var options = ExportSets.Options with { IpsMode = true };
        foreach (var format in new[] { IndicatorExportFormat.Suricata, IndicatorExportFormat.Snort })
        {
            var rules = IndicatorExport.Export(format, ExportSets.WannaCry, options)[0].Content.Split('\n');
            var killSwitch = rules.Where(r => r.Contains("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(killSwitch);
            Assert.All(killSwitch, r => Assert.StartsWith("alert ", r, StringComparison.Ordinal));
            Assert.Contains(rules, r => r.StartsWith("drop ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_ips_mode_every_rule_alerts() =>
        Assert.DoesNotContain("\ndrop ", IndicatorExport.Export(IndicatorExportFormat.Suricata, ExportSets.Mixed, ExportSets.Options)[0].Content, StringComparison.Ordinal);

    [Fact]
    public void Suricata_domain_rules_match_on_a_dot_boundary()
    {
        var rules = IndicatorExport.Export(IndicatorExportFormat.Suricata, [ExportSets.Make(IndicatorType.Domain, "evil.example")], ExportSets.Options)[0].Content;
        Assert.Contains("dns.query; dotprefix; content:\".evil.example\"; nocase; endswith;", rules, StringComparison.Ordinal);
        Assert.Contains("tls.sni; dotprefix; content:\".evil.example\"; nocase; endswith;", rules, StringComparison.Ordinal);
        Assert.Contains("http.host; dotprefix; content:\".evil.example\"; endswith;", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Snort_dns_content_is_the_wire_format_name()
    {
        var rules = IndicatorExport.Export(IndicatorExportFormat.Snort, [ExportSets.Make(IndicatorType.Domain, "evil.com")], ExportSets.Options)[0].Content;
        Assert.Contains("content:\"|04|evil|03|com|00|\"; offset:12; nocase;", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_keeps_its_sid_when_the_set_around_it_changes()
    {
        var alone = IndicatorExport.Export(IndicatorExportFormat.Suricata, [ExportSets.Make(IndicatorType.Ipv4, "203.0.113.9")], ExportSets.Options)[0].Content;
        var inSet = IndicatorExport.Export(IndicatorExportFormat.Suricata, ExportSets.Mixed, ExportSets.Options)[0].Content;
        var sid = SidPattern().Match(alone).Groups[1].Value;
        Assert.Contains($"[203.0.113.9] any (msg:\"VIGIL traffic with 203.0.113.9 (Feodo)\"; classtype:trojan-activity; sid:{sid};", inSet, StringComparison.Ordinal);
    }

    /// <summary>Walks one rule: header, then options separated by ';' outside quotes, each a keyword with an optional value.</summary>
    internal static void AssertWellFormed(string rule)
    {
        var match = HeaderPattern().Match(rule);
        Assert.True(match.Success, $"bad rule header: {rule}");
        var body = rule[match.Length..];
        Assert.True(body.EndsWith(";)", StringComparison.Ordinal), $"rule does not end with ';)': {rule}");
        body = body[..^1];
        var inQuotes = false;
        var option = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && inQuotes)
            {
                option.Append(c).Append(body[++i]);
                continue;
            }

            if (c == '"')
            {
                inQuotes = !inQuotes;
            }

            if (c == ';' && !inQuotes)
            {
                Assert.Matches(OptionPattern(), option.ToString().Trim());
                option.Clear();
                continue;
            }

            option.Append(c);
        }

        Assert.False(inQuotes, $"unbalanced quotes: {rule}");
        Assert.True(option.ToString().Trim().Length == 0, $"an option does not end with ';': {rule}");
        Assert.Matches("\\(msg:\"[^\"]*\";", rule);
        Assert.Matches("; rev:1;", rule);
    }

    [GeneratedRegex(@"^(alert|drop) (ip|tcp|udp|dns|tls|http|smtp|smb) any any (->|<>) (any|\[[0-9a-f.:/]+\]) (any|53|\$HTTP_PORTS) \(")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^[a-z_.0-9]+(:.+)?$")]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"sid:(\d+);")]
    private static partial Regex SidPattern();
}
