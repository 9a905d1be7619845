using System.Text;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Stix;

namespace Vigil.Domain.Tests.Indicators;

public class StixBundleTests
{
    [Fact]
    public void Oasis_c2_ip_example()
    {
        var report = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_indicator-for-c2-ip-address.json"), "c2.json");

        var indicator = Assert.Single(report.Indicators);
        Assert.Equal(new IndicatorValue(IndicatorType.Ipv4, "10.0.0.0"), indicator.Value);
        Assert.Equal(new DateTimeOffset(2014, 5, 8, 9, 0, 0, TimeSpan.Zero), indicator.FirstSeen);
        Assert.Equal(["malicious-activity"], indicator.Tags);
        Assert.Equal("IP Address for known C2 channel", indicator.Description);
        Assert.Equal("c2.json $.objects[0].pattern", report.Entries.Single().Location.ToString());
    }

    [Fact]
    public void Relationships_give_campaign_and_malware()
    {
        var campaign = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_indicator-to-campaign-relationship.json"), "campaign.json");
        var indicator = Assert.Single(campaign.Indicators);
        Assert.Equal("Operation Omega", indicator.Family);
        Assert.Contains("campaign:Operation Omega", indicator.Tags);

        var coa = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_indicators-for-C2-with-COA.json"), "coa.json");
        Assert.Equal(2, coa.Indicators.Count);
        Assert.All(coa.Indicators, i => Assert.Equal("Poison Ivy", i.Family));
    }

    [Fact]
    public void Malicious_email_example_rejects_its_matches_patterns_precisely()
    {
        var report = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_malicious-email-indicator-with-attachment.json"), "email.json");

        Assert.Empty(report.Indicators);
        var rejected = report.Rejected.ToList();
        Assert.Equal(2, rejected.Count);
        Assert.All(rejected, r => Assert.Contains("unsupported operator MATCHES", r.Reason, StringComparison.Ordinal));
        Assert.All(rejected, r => Assert.EndsWith(".pattern", r.Location.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Apt1_report_networks_domains_and_hashes()
    {
        var report = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_apt1.json"), "apt1.json");

        Assert.Equal(10, report.Indicators.Count);
        Assert.Equal(2, report.RejectedCount);
        Assert.All(report.Rejected, r => Assert.Contains("object path x509-certificate:issuer is not one Vigil imports", r.Reason, StringComparison.Ordinal));
        Assert.NotNull(report.Find(IndicatorType.Cidr, "112.64.0.0/15"));
        Assert.NotNull(report.Find(IndicatorType.Domain, "hugesoft.org"));
        Assert.NotNull(report.Find(IndicatorType.Md5, "001dd76872d80801692ff942308c64e6"));
    }

    [Fact]
    public void Poison_ivy_report_compound_patterns_attribution_and_a_broken_domain()
    {
        var report = StixBundleParser.Parse(IndicatorFixtures.Read("stix21_poisonivy.json"), "poisonivy.json");

        Assert.NotNull(report.Find(IndicatorType.Domain, "microsofta.byinter.net"));
        Assert.NotNull(report.Find(IndicatorType.Ipv4, "98.126.148.114"));
        Assert.NotNull(report.Find(IndicatorType.FileName, "CBricksDoc"));
        var broken = Assert.Single(report.Rejected);
        Assert.Equal("domain-name:value = 'domain autuo.xicp.net'", broken.Raw);
        Assert.Equal(ImportCodes.InvalidValue, broken.Code);
        Assert.EndsWith(".pattern value 1", broken.Location.Path, StringComparison.Ordinal);
        Assert.NotNull(report.Find(IndicatorType.Ipv4, "60.10.1.115"));
        Assert.Contains(report.Entries, e => e.Code == ImportCodes.Duplicate);
        Assert.Equal(report.Indicators.Count, report.Indicators.Select(i => i.Value).Distinct().Count());
        Assert.StartsWith("PIVY Variant (", report.Find(IndicatorType.Domain, "microsofta.byinter.net")!.Family, StringComparison.Ordinal);
        Assert.Contains(report.Indicators, i => i.Tags.Contains("campaign:admin@338"));
    }

    [Fact]
    public void Validity_confidence_tlp_markings_and_pattern_types()
    {
        var json = """
            {"type":"bundle","id":"bundle--1","objects":[
              {"type":"marking-definition","id":"marking-definition--x","definition_type":"tlp","definition":{"tlp":"amber"}},
              {"type":"indicator","id":"indicator--1","pattern_type":"stix","pattern":"[domain-name:value = 'evil.example']",
               "valid_from":"2024-01-02T03:04:05Z","valid_until":"2025-01-01T00:00:00Z","confidence":70,
               "labels":["c2"],"object_marking_refs":["marking-definition--x"]},
              {"type":"indicator","id":"indicator--2","pattern_type":"stix","pattern":"[ipv4-addr:value = '1.2.3.4']",
               "object_marking_refs":["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"]},
              {"type":"indicator","id":"indicator--3","pattern_type":"snort","pattern":"alert tcp any any -> any any"},
              {"type":"indicator","id":"indicator--4","pattern":"[ipv4-addr:value = '1.2.3.999']"},
              {"type":"indicator","id":"indicator--5","revoked":true,"pattern":"[ipv4-addr:value = '5.6.7.8']"}
            ]}
            """;

        var report = StixBundleParser.Parse(Encoding.UTF8.GetBytes(json), "bundle.json");

        var domain = report.Find(IndicatorType.Domain, "evil.example")!;
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), domain.FirstSeen);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), domain.Expiry);
        Assert.Equal(70, domain.Confidence);
        Assert.Equal(Tlp.Amber, domain.Tlp);
        Assert.Equal(Tlp.Red, report.Find(IndicatorType.Ipv4, "1.2.3.4")!.Tlp);
        var entries = report.Entries.ToDictionary(e => e.Location.Path!);
        Assert.Equal(ImportCodes.Unsupported, entries["$.objects[3].pattern_type"].Code);
        Assert.Equal(ImportCodes.InvalidValue, entries["$.objects[4].pattern"].Code);
        Assert.Equal(ImportCodes.NotApplicable, entries["$.objects[5]"].Code);
        Assert.Equal(ImportCodes.NotApplicable, entries["$.objects[0]"].Code);
    }

    [Fact]
    public void Broken_json_is_one_rejection_with_its_line()
    {
        var report = StixBundleParser.Parse("{\n \"objects\": [\n  {\"type\": }\n]}"u8, "broken.json");

        var entry = Assert.Single(report.Entries);
        Assert.Equal(ImportCodes.Malformed, entry.Code);
        Assert.Equal(3, entry.Location.Line);
    }
}
