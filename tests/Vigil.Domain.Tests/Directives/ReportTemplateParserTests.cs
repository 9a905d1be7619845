using Vigil.Domain.Directives;

namespace Vigil.Domain.Tests.Directives;

public sealed class ReportTemplateParserTests
{
    private const string Minimal = """
        template: site-check
        version: 2
        title:
          vi: Kiểm tra
          en: Check
        figures:
          - key: cisco
            kind: network-devices
            vendor: cisco
            title:
              vi: Thiết bị Cisco
              en: Cisco devices
        """;

    [Fact]
    public void Defaults_XpCisco_HasTheFiveFiguresOfTheLetterPlusAntiMalware()
    {
        var template = ReportTemplates.Default.Find("xp7-cisco")!;

        Assert.Equal("Rà soát máy tính Windows XP/7 và thiết bị mạng Cisco", template.TitleVi);
        Assert.Equal(["xp7-computers", "xp7-upgraded", "xp7-replaced", "cisco-devices", "cisco-updated", "anti-malware"], template.Figures.Select(f => f.Key));
        Assert.Equal(
            [FigureKind.ComputersOnOs, FigureKind.ComputersRemediatedVerified, FigureKind.ComputersReplaced, FigureKind.NetworkDevices, FigureKind.DevicesFirmwareUpdated, FigureKind.ComputersPassingRule],
            template.Figures.Select(f => f.Kind));
        Assert.Equal(["Windows XP", "Windows 7"], template.Figures[0].OsReleases);
        Assert.True(template.Figures[0].IncludePersonal);
        Assert.Equal("cisco", template.Figures[3].Vendor);
        Assert.Equal(["directive-xp7"], template.PolicyPacks);
    }

    [Fact]
    public void Defaults_WannaCry_HasTwoManualAndThreeMeasuredFigures()
    {
        var template = ReportTemplates.Default.Find("wannacry-c2")!;

        Assert.Equal("Ngăn chặn kết nối máy chủ điều khiển mã độc WannaCry", template.TitleVi);
        Assert.Equal(["hits-found", "machines-isolated"], template.Figures.Where(f => f.IsManual).Select(f => f.Key));
        Assert.Equal(FigureKind.UnitsDeployedPack, template.Figures.Single(f => f.Key == "indicator-pack-deployed").Kind);
        Assert.Equal(["ms17-010"], template.Figures.Single(f => f.Key == "missing-ms17-010").RuleIds);
        Assert.Equal(["smb1-disabled"], template.Figures.Single(f => f.Key == "smb1-enabled").RuleIds);
    }

    [Fact]
    public void Minimal_Parses()
    {
        var template = ReportTemplateParser.Parse(Minimal, "site.yaml").Value!;

        Assert.Equal("site-check", template.Id);
        Assert.Equal(2, template.Version);
        Assert.Equal("Check", template.TitleEn);
        Assert.Equal(new FigureDefinition("cisco", FigureKind.NetworkDevices, "Thiết bị Cisco", "Cisco devices", [], false, true, [], "cisco"), template.Figures[0] with { OsReleases = [], RuleIds = [] });
    }

    [Theory]
    [InlineData("", "site.yaml:1:1: the file is empty.")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: counted\n    title: {vi: a}\n", "site.yaml:6:11: unknown kind 'counted' (expected computers-on-os, computers-failing-rule, computers-passing-rule, computers-remediated-verified, computers-replaced, network-devices, devices-firmware-updated, manual, indicator-pack-deployed, bulletin-affected).")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: computers-on-os\n    title: {vi: a}\n", "site.yaml:5:5: 'computers-on-os' needs 'os_releases', such as [Windows XP, Windows 7].")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: computers-failing-rule\n    rules: [ms17-010, smb1-disabled]\n    title: {vi: a}\n", "site.yaml:7:12: 'computers-failing-rule' needs exactly one rule id in 'rules'.")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: manual\n    vendor: cisco\n    title: {vi: a}\n", "site.yaml:7:13: 'vendor' only applies to device figures, not 'manual'.")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: manual\n    title: {vi: a}\n  - key: a\n    kind: manual\n    title: {vi: b}\n", "site.yaml:8:10: the figure key 'a' is used twice.")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: A b\n    kind: manual\n    title: {vi: a}\n", "site.yaml:5:10: a figure key is lower-case letters, digits and '-', not 'A b'.")]
    [InlineData("template: x\nversion: one\ntitle: {vi: a}\nfigures: []\n", "site.yaml:2:10: 'version' must be a whole number from 1, not 'one'.")]
    [InlineData("template: x\nversion: 1\ntitle: {vi: a}\nfigures: []\n", "site.yaml:4:10: 'figures' must list at least one figure.")]
    [InlineData("template: x\nversion: 1\ntitel: {vi: a}\n", "site.yaml:3:1: unknown key 'titel' (expected template, version, title, subject, requirement, policy_packs, figures).")]
    [InlineData("template: x\nversion: 1\nfigures: []\n", "site.yaml:1:1: 'title' is required (with 'vi' and 'en').")]
    public void BadFiles_GetAPreciseError(string yaml, string message)
    {
        var result = ReportTemplateParser.Parse(yaml, "site.yaml");

        Assert.False(result.IsSuccess);
        Assert.Equal("template.invalid", result.Error!.Code);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void SiteFile_ReplacesTheDefaultOfTheSameId_AndAddsNewOnes()
    {
        var replaced = Minimal.Replace("site-check", "xp7-cisco", StringComparison.Ordinal);
        var templates = ReportTemplates.WithSiteFiles([("xp7.yaml", replaced), ("site.yaml", Minimal)]).Value!;

        Assert.Equal(["xp7-cisco", "wannacry-c2", "site-check"], templates.All.Select(t => t.Id));
        Assert.Single(templates.Find("xp7-cisco")!.Figures);
        Assert.Equal("template.duplicate", ReportTemplates.WithSiteFiles([("a.yaml", Minimal), ("b.yaml", Minimal)]).Error!.Code);
        Assert.Equal("template.invalid", ReportTemplates.WithSiteFiles([("a.yaml", "x: [")]).Error!.Code);
    }

    [Fact]
    public void SeededFuzz_NeverThrows()
    {
        var random = new Random(20240523);
        var samples = new[] { Minimal, "template: x\nversion: 1\ntitle: {vi: a}\nfigures:\n  - key: a\n    kind: manual\n    title: {vi: a}\n" };
        const string alphabet = "abc:-[]{}\n #'\"\t,&*!|>%@`";
        for (var i = 0; i < 3000; i++)
        {
            var chars = samples[i % samples.Length].ToCharArray();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var result = ReportTemplateParser.Parse(new string(chars), "fuzz.yaml");
            Assert.True(result.IsSuccess || result.Error!.Message.StartsWith("fuzz.yaml:", StringComparison.Ordinal));
        }
    }
}
