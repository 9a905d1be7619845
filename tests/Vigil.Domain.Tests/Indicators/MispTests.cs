using System.Text;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Misp;

namespace Vigil.Domain.Tests.Indicators;

public class MispTests
{
    [Fact]
    public void Xorist_event_gives_its_file_indicators_and_skips_context()
    {
        var report = MispEventParser.Parse(IndicatorFixtures.Read("misp_event_xorist_57c4445b.json"), "xorist.json");

        Assert.Equal(4, report.Indicators.Count);
        Assert.Equal([IndicatorType.Md5, IndicatorType.Sha1, IndicatorType.Sha256, IndicatorType.FileName], report.Indicators.Select(i => i.Type).Order());
        Assert.All(report.Indicators, i => Assert.Equal(Tlp.Clear, i.Tlp));
        Assert.All(report.Indicators, i => Assert.Equal(new DateTimeOffset(2016, 8, 29, 0, 0, 0, TimeSpan.Zero), i.FirstSeen));
        Assert.All(report.Indicators, i => Assert.DoesNotContain("tlp:white", i.Tags));
        Assert.Equal(5, report.Entries.Count(e => e.Code == ImportCodes.NotApplicable));
        Assert.Equal(0, report.RejectedCount);
        Assert.All(report.Entries, e => Assert.StartsWith("$.Event.Attribute[", e.Location.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Synthetic_event_without_wrapper_reads_object_attributes_and_their_tags()
    {
        var report = MispEventParser.Parse(IndicatorFixtures.Read("misp_event_obj_attr_tag_synthetic.json"), "synthetic.json");

        Assert.Equal(2, report.Indicators.Count);
        Assert.Equal(["blah"], report.Find(IndicatorType.FileName, "bar")!.Tags);
        Assert.NotNull(report.Find(IndicatorType.Url, "https://www.circl.lu/"));
        Assert.Equal("$.Object[1].Attribute[0]", report.Entries[1].Location.Path);
    }

    [Fact]
    public void Sunorcal_and_fallchill_osint_events()
    {
        var sunorcal = MispEventParser.Parse(IndicatorFixtures.Read("misp_event_osint_sunorcal.json"), "sunorcal.json");
        Assert.Equal(16 + 14 + 14 + 4 + 4 + 2, sunorcal.ImportedCount + sunorcal.Entries.Count(e => e.Code == ImportCodes.Duplicate) + sunorcal.RejectedCount);
        Assert.Equal(21, sunorcal.Entries.Count(e => e.Code == ImportCodes.NotApplicable));

        var fallchill = MispEventParser.Parse(IndicatorFixtures.Read("misp_event_osint_hidden_cobra_fallchill.json"), "fallchill.json");
        Assert.All(fallchill.Indicators, i => Assert.Equal("FALLCHILL", i.Family));
        Assert.Contains(fallchill.Indicators, i => i.Tags.Contains("misp-galaxy:threat-actor=\"Lazarus Group\""));
        Assert.True(fallchill.Indicators.Count(i => i.Type == IndicatorType.Ipv4) >= 87);
    }

    [Fact]
    public void Samsam_objects_keep_to_ids_false_as_alert_only()
    {
        var report = MispEventParser.Parse(IndicatorFixtures.Read("misp_event_mar_samsam_objects.json"), "samsam.json");

        Assert.All(report.Indicators, i => Assert.Equal("SamSam", i.Family));
        Assert.Contains(report.Indicators, i => i.Action == IndicatorAction.AlertOnly);
        Assert.Contains(report.Indicators, i => i.Action == IndicatorAction.Block);
        Assert.All(report.Entries.Where(e => e.Outcome == ImportOutcome.Imported), e => Assert.Contains(".Object[", e.Location.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Composite_attributes_give_each_part()
    {
        var json = """
            {"Event":{"date":"2024-05-01","Orgc":{"name":"VNCERT"},"Tag":[{"name":"tlp:amber"},{"name":"misp-galaxy:ransomware=\"WannaCry\""}],
             "Attribute":[
              {"type":"filename|sha256","value":"tasksche.exe|ed01ebfbc9eb5bbea545af4d01bf5f1071661840480439c6e5babe8e080e41aa","to_ids":true},
              {"type":"domain|ip","value":"evil.example|203.0.113.9","to_ids":true},
              {"type":"ip-dst|port","value":"198.51.100.1|445","to_ids":true},
              {"type":"hostname|port","value":"c2.evil.example|8443","to_ids":false},
              {"type":"email-src","value":"bad@evil.example","to_ids":true},
              {"type":"filename|md5","value":"only-one-part","to_ids":true},
              {"type":"made-up-type","value":"x"},
              {"type":"ip-dst","value":"1.2.3.4","deleted":true}
             ]}}
            """;

        var report = MispEventParser.Parse(Encoding.UTF8.GetBytes(json), "event.json");

        Assert.NotNull(report.Find(IndicatorType.FileName, "tasksche.exe"));
        var hash = report.Find(IndicatorType.Sha256, "ed01ebfbc9eb5bbea545af4d01bf5f1071661840480439c6e5babe8e080e41aa")!;
        Assert.Equal("WannaCry", hash.Family);
        Assert.Equal(Tlp.Amber, hash.Tlp);
        Assert.Contains("MISP VNCERT", hash.Sources);
        Assert.NotNull(report.Find(IndicatorType.Domain, "evil.example"));
        Assert.NotNull(report.Find(IndicatorType.Ipv4, "203.0.113.9"));
        Assert.NotNull(report.Find(IndicatorType.Ipv4, "198.51.100.1"));
        Assert.Equal(IndicatorAction.AlertOnly, report.Find(IndicatorType.Domain, "c2.evil.example")!.Action);
        Assert.False(report.Find(IndicatorType.Domain, "c2.evil.example")!.AlertOnlyPinned);
        Assert.NotNull(report.Find(IndicatorType.Email, "bad@evil.example"));
        Assert.Equal("$.Event.Attribute[0].value[1]", report.Entries[1].Location.Path);
        Assert.Equal(ImportCodes.InvalidValue, report.Entries.Single(e => e.Location.Path == "$.Event.Attribute[5]").Code);
        Assert.Equal(ImportCodes.Unsupported, report.Entries.Single(e => e.Location.Path == "$.Event.Attribute[6]").Code);
        Assert.Equal(ImportCodes.NotApplicable, report.Entries.Single(e => e.Location.Path == "$.Event.Attribute[7]").Code);
    }

    [Fact]
    public void Non_ids_action_is_configurable()
    {
        var json = """{"Event":{"Attribute":[{"type":"domain","value":"evil.example","to_ids":false}]}}"""u8;

        var report = MispEventParser.Parse(json, "e.json", new IndicatorImportOptions { NonIdsAction = IndicatorAction.Block });

        Assert.Equal(IndicatorAction.Block, Assert.Single(report.Indicators).Action);
    }

    [Fact]
    public void Feed_reads_manifest_events_and_reports_missing_files()
    {
        const string present = "5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a01";
        const string missing = "5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a02";
        var manifest = Encoding.UTF8.GetBytes(
            "{\"" + present + "\":{\"info\":\"WannaCry\",\"Tag\":[{\"name\":\"tlp:green\"}]}," +
            "\"" + missing + "\":{\"info\":\"lost\"},\"not-a-uuid\":{}}");
        var files = new Dictionary<string, byte[]>
        {
            [present + ".json"] = IndicatorFixtures.Read("misp_event_xorist_57c4445b.json"),
        };

        var report = MispFeedParser.Parse(manifest, "manifest.json", name => files.GetValueOrDefault(name));

        Assert.Equal(4, report.Indicators.Count);
        Assert.All(report.Indicators, i => Assert.Equal(Tlp.Green, i.Tlp));
        Assert.Contains(report.Entries, e => e.Location.File == present + ".json" && e.Outcome == ImportOutcome.Imported);
        var lost = report.Rejected.Single(e => e.Location.Path == $"$[\"{missing}\"]");
        Assert.Equal("manifest.json", lost.Location.File);
        Assert.Contains("missing", lost.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Rejected, e => e.Location.Path == "$[\"not-a-uuid\"]");
    }
}
