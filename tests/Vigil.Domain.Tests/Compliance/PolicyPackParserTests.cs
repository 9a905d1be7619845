using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance;

public class PolicyPackParserTests
{
    private const string Minimal = """
        pack: site-test
        version: 3
        title:
          vi: Thử
          en: Test
        rules:
          - id: stale
            check: fresh-data
            title: {vi: Dữ liệu mới, en: Fresh data}
            severity: medium
            parameters:
              max_age_days: 14
            explanation: {vi: Trong 14 ngày, en: Within 14 days}
        """;

    [Fact]
    public void Default_pack_parses_with_the_directive_rules_in_order()
    {
        var pack = PolicyPacks.Default;

        Assert.Equal("directive-xp7", pack.Id);
        Assert.Equal(1, pack.Version);
        Assert.Equal(["supported-os", "upgrade-triage", "anti-malware", "edr", "ms17-010", "smb1-disabled", "fresh-data"], pack.Rules.Select(r => r.Id));
        Assert.All(pack.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.TitleVi) || string.IsNullOrWhiteSpace(r.ExplanationEn)));
        var antiMalware = pack.Rules.Single(r => r.Id == "anti-malware");
        Assert.Equal("Bkav Endpoint\nBkavPro\nBkav Pro\nBkav Pro Internet Security", antiMalware.Parameters["products"]);
        Assert.Equal([OsFamily.Windows], antiMalware.AppliesTo.OsFamilies);
        Assert.Equal("", pack.Rules.Single(r => r.Id == "edr").Parameters["vendors"]);
        Assert.Equal(RuleSeverity.Critical, pack.Rules[0].Severity);
    }

    [Fact]
    public void Minimal_pack_reads_every_field()
    {
        var pack = Parse(Minimal);

        Assert.Equal("site-test", pack.Id);
        Assert.Equal(3, pack.Version);
        Assert.Equal(("Thử", "Test"), (pack.TitleVi, pack.TitleEn));
        var rule = Assert.Single(pack.Rules);
        Assert.Equal(("stale", "fresh-data", RuleSeverity.Medium), (rule.Id, rule.Check, rule.Severity));
        Assert.Equal("14", rule.Parameters["max_age_days"]);
        Assert.Equal("test.yaml:12:21", rule.ParameterLocations!["max_age_days"]);
        Assert.Equal("test.yaml:7:5", rule.Location);
        Assert.Same(RuleApplicability.All, rule.AppliesTo);
        Assert.True(rule.Enabled);
    }

    [Fact]
    public void Applicability_reads_families_computers_and_releases()
    {
        var pack = Parse(Minimal.Replace("    parameters:", "    applies_to:\n      os_families: [windows, linux]\n      computers: [personal]\n      os_releases: [Windows 7, Windows XP]\n    parameters:"));

        var applies = pack.Rules[0].AppliesTo;
        Assert.Equal([OsFamily.Windows, OsFamily.Linux], applies.OsFamilies);
        Assert.False(applies.Organisation);
        Assert.True(applies.Personal);
        Assert.Equal(["Windows 7", "Windows XP"], applies.OsReleases);
    }

    [Theory]
    [InlineData("check: fresh-data", "check: fresh-dat", PolicyErrors.UnknownCheck, "test.yaml:8:12: unknown check 'fresh-dat'")]
    [InlineData("max_age_days: 14", "max_days: 14", PolicyErrors.UnknownParameter, "test.yaml:12:7: unknown parameter 'max_days' for check fresh-data")]
    [InlineData("max_age_days: 14", "max_age_days: fourteen", PolicyErrors.BadValue, "test.yaml:12:21: 'rules[0].parameters.max_age_days': 'fourteen' is not a whole number")]
    [InlineData("max_age_days: 14", "max_age_days: 0", PolicyErrors.BadValue, "test.yaml:12:21: 'rules[0].parameters.max_age_days': 0 is outside 1–3650")]
    [InlineData("severity: medium", "severity: urgent", PolicyErrors.BadValue, "test.yaml:10:15: 'urgent' is not one of: low, medium, high, critical")]
    [InlineData("severity: medium", "severity: medium\n    colour: red", PolicyErrors.UnknownField, "test.yaml:11:5: unknown field 'colour' in rules[0]")]
    [InlineData("version: 3", "version: three", PolicyErrors.BadValue, "test.yaml:2:10: 'three' is not a whole number")]
    [InlineData("pack: site-test", "pack: Site Test", PolicyErrors.BadValue, "test.yaml:1:7: 'Site Test' is not a valid id")]
    [InlineData("    severity: medium\n", "", PolicyErrors.Missing, "test.yaml:7:5: 'severity' is required")]
    [InlineData("  en: Test\n", "", PolicyErrors.Missing, "test.yaml:4:3: 'en' is required")]
    [InlineData("max_age_days: 14", "max_age_days: [14]", PolicyErrors.BadValue, "test.yaml:12:21: 'rules[0].parameters.max_age_days' must be a single value")]
    [InlineData("title:\n  vi: Thử", "title:\n  vi: Thử\n  vi: Lại", PolicyErrors.Syntax, "test.yaml:5:3:")]
    [InlineData("rules:", "rules: [", PolicyErrors.Syntax, "test.yaml:")]
    public void Errors_name_file_line_column_and_reason(string find, string replace, string code, string messageStart)
    {
        var yaml = Minimal.Replace(find, replace);
        Assert.NotEqual(Minimal, yaml);

        var result = PolicyPackParser.Parse(yaml, "test.yaml");

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.StartsWith(messageStart, result.Error.Message);
    }

    [Fact]
    public void Duplicate_rule_id_points_at_the_second_rule()
    {
        var yaml = Minimal + "\n" + """
              - id: stale
                check: smb1-disabled
                title: {vi: SMB, en: SMB}
                severity: high
                explanation: {vi: x, en: x}
            """;

        var result = PolicyPackParser.Parse(yaml, "dup.yaml");

        Assert.Equal(PolicyErrors.DuplicateRule, result.Error!.Code);
        Assert.Equal("dup.yaml:14:5: duplicate rule id 'stale' (first at line 7)", result.Error.Message);
        Assert.Equal("rules[1].id", result.Error.Location);
    }

    [Fact]
    public void Check_without_parameters_rejects_any()
    {
        var result = PolicyPackParser.Parse(Minimal.Replace("fresh-data", "smb1-disabled"), "p.yaml");

        Assert.Equal(PolicyErrors.UnknownParameter, result.Error!.Code);
        Assert.Contains("(it takes none)", result.Error.Message);
    }

    [Theory]
    [InlineData("", "p.yaml:1:1: the file is empty")]
    [InlineData("# only a comment\n", "p.yaml:1:1: the file is empty")]
    [InlineData("- a\n- b\n", "p.yaml:1:1: the file must be a mapping of keys to values")]
    [InlineData("pack: a\n---\npack: b\n", "p.yaml:3:1: a policy file holds one document")]
    [InlineData("pack: &x a\nversion: *x\n", "p.yaml:2:10: aliases (*name) are not allowed in policy files")]
    public void Malformed_files_are_errors_not_exceptions(string yaml, string message)
    {
        var result = PolicyPackParser.Parse(yaml, "p.yaml");

        Assert.False(result.IsSuccess);
        Assert.Equal(message, result.Error!.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_it_reaches_the_stack()
    {
        var yaml = "pack: " + new string('[', 100_000);

        var result = PolicyPackParser.Parse(yaml, "deep.yaml");

        Assert.Equal(PolicyErrors.Syntax, result.Error!.Code);
        Assert.Contains("nesting deeper than 32 levels", result.Error.Message);
    }

    [Fact]
    public void List_parameters_accept_a_single_name_and_keep_order()
    {
        var yaml = Minimal.Replace("fresh-data", "anti-malware").Replace("max_age_days: 14", "products: Kaspersky Endpoint Security\n      vendors: [Kaspersky Lab, Bkav]");

        var rule = Parse(yaml).Rules[0];

        Assert.Equal("Kaspersky Endpoint Security", rule.Parameters["products"]);
        Assert.Equal("Kaspersky Lab\nBkav", rule.Parameters["vendors"]);
    }

    [Fact]
    public void Override_rules_may_omit_everything_but_the_id()
    {
        var pack = Parse("""
            pack: tinh-dien-bien
            version: 2
            extends: directive-xp7
            rules:
              - id: fresh-data
                parameters: {max_age_days: 7}
              - id: edr
                enabled: false
            """);

        Assert.Equal("directive-xp7", pack.Extends);
        Assert.Equal(RuleFields.Parameters, pack.Rules[0].Given);
        Assert.Equal(RuleFields.Enabled, pack.Rules[1].Given);
        Assert.False(pack.Rules[1].Enabled);
    }

    private static PolicyPack Parse(string yaml)
    {
        var result = PolicyPackParser.Parse(yaml, "test.yaml");
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }
}
