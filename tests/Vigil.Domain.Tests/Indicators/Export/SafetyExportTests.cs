using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;
using Vigil.Domain.Indicators.Packs;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>Kill switches never reach a block target, and hostile text in a value or its metadata cannot add a rule or command.</summary>
public class SafetyExportTests
{
    private static readonly IndicatorExportFormat[] s_ids =
        [IndicatorExportFormat.Suricata, IndicatorExportFormat.SuricataDatasets, IndicatorExportFormat.Snort, IndicatorExportFormat.ZeekIntel];

    public static TheoryData<IndicatorExportFormat> EnforcementFormats()
    {
        var data = new TheoryData<IndicatorExportFormat>();
        foreach (var (_, format, _) in IndicatorExportFormats.All.Where(f => !s_ids.Contains(f.Format)))
        {
            data.Add(format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnforcementFormats))]
    public void The_wannacry_kill_switches_are_in_no_block_or_sinkhole_output(IndicatorExportFormat format)
    {
        foreach (var includeAlertOnly in new[] { false, true })
        {
            var options = ExportSets.Options with { IncludeAlertOnlyInLists = includeAlertOnly };
            var files = IndicatorExport.Export(format, ExportSets.WannaCry, options);
            foreach (var file in files)
            {
                Assert.DoesNotContain("fsodp9ifjaposdfjhgosurijfaewrwergwea", file.Content, StringComparison.Ordinal);
            }

            if (format is IndicatorExportFormat.Rpz or IndicatorExportFormat.Unbound or IndicatorExportFormat.Hosts or IndicatorExportFormat.DomainList)
            {
                Assert.Equal(IndicatorPacks.WannaCry.KillSwitchDomains.Count, files[0].AlertOnlyWithheld);
                Assert.True(files[0].Entries > 50 || format == IndicatorExportFormat.DomainList, $"{format}: {files[0].Entries} entries");
            }
        }
    }

    [Theory]
    [InlineData(IndicatorExportFormat.Suricata)]
    [InlineData(IndicatorExportFormat.Snort)]
    [InlineData(IndicatorExportFormat.ZeekIntel)]
    public void Ids_formats_alert_on_the_kill_switches(IndicatorExportFormat format)
    {
        var file = IndicatorExport.Export(format, ExportSets.WannaCry, ExportSets.Options)[0];
        foreach (var domain in IndicatorPacks.WannaCry.KillSwitchDomains)
        {
            Assert.Contains(domain, file.Content, StringComparison.Ordinal);
        }

        Assert.Equal(0, file.AlertOnlyWithheld);
    }

    [Fact]
    public void Headers_count_what_was_skipped_as_not_applicable()
    {
        var file = Assert.Single(IndicatorExport.Export(IndicatorExportFormat.Nftables, ExportSets.Mixed, ExportSets.Options));
        Assert.Equal(6, file.Entries);
        Assert.Equal(10, file.NotApplicable);
        Assert.Contains("# Not applicable to this target, skipped: 10 (Domain, Url, Md5, Sha1, Sha256, Email, FileName)", file.Content, StringComparison.Ordinal);
    }

    private const string Nasty = "\"';`$|\\\t\n\r#!{}()[]<>&%?*/:,.-_ aZ9Đư\u0000\u202e";

    /// <summary>Seeded fuzz: random hostile metadata and file names; the output has the same shape as with clean metadata.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_text_cannot_add_a_line_a_rule_or_a_command(int seed)
    {
        var random = new Random(seed);
        string Junk() => new([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Nasty[random.Next(Nasty.Length)])]);
        var hostile = ExportSets.Mixed
            .Append(ExportSets.Make(IndicatorType.FileName, "a\"b;c'd`$(x).exe"))
            .Append(Indicator.Create(new IndicatorValue(IndicatorType.Url, "http://evil.example/a;b\"c|d:e\\f")))
            .ToList();
        var clean = hostile.Select(i => i with { Family = "F", Sources = ["S"], Description = "D" }).ToList();
        for (var round = 0; round < 20; round++)
        {
            var dirty = hostile.Select(i => i with { Family = Junk(), Sources = [Junk(), Junk()], Description = Junk() }).ToList();
            foreach (var (name, format, _) in IndicatorExportFormats.All)
            {
                var expected = IndicatorExport.Export(format, clean, ExportSets.Options);
                var actual = IndicatorExport.Export(format, dirty, ExportSets.Options);
                Assert.Equal(expected.Count, actual.Count);
                for (var f = 0; f < actual.Count; f++)
                {
                    Assert.True(expected[f].Content.Count(c => c == '\n') == actual[f].Content.Count(c => c == '\n'), $"{name}: {actual[f].Content}");
                    var lines = actual[f].Content.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    if (format is IndicatorExportFormat.Suricata or IndicatorExportFormat.SuricataDatasets or IndicatorExportFormat.Snort && f == 0)
                    {
                        foreach (var line in lines.Where(l => !l.StartsWith('#')))
                        {
                            IdsRuleTests.AssertWellFormed(line);
                        }
                    }

                    if (format == IndicatorExportFormat.ZeekIntel)
                    {
                        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.Equal(3, l.Count(c => c == '\t')));
                    }

                    if (format is IndicatorExportFormat.MikroTik or IndicatorExportFormat.FortiGate or IndicatorExportFormat.WindowsFirewall)
                    {
                        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.DoesNotContain('$', l.Replace("$ErrorActionPreference", "", StringComparison.Ordinal)));
                        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.True(l.Replace("\\\"", "", StringComparison.Ordinal).Count(c => c == '"') % 2 == 0, l));
                    }
                }
            }
        }
    }
}
