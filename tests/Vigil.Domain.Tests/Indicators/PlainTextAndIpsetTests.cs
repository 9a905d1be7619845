using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

public class PlainTextAndIpsetTests
{
    [Fact]
    public void Maltrail_wannacry_trail_gives_its_65_valid_domains_and_rejects_its_two_typos()
    {
        var report = PlainTextIndicatorParser.Parse(IndicatorFixtures.Read("maltrail_wannacry.txt"), "maltrail_wannacry.txt");

        Assert.Equal(65, report.Indicators.Count);
        Assert.All(report.Indicators, i => Assert.Equal(IndicatorType.Domain, i.Type));
        Assert.Equal(65, report.ImportedCount);
        Assert.Equal(147 - 65 - 4, report.Entries.Count(e => e.Code == ImportCodes.Duplicate));
        var rejected = report.Rejected.ToList();
        Assert.Equal(2, rejected.Count(e => e.Raw == "ww|d4ztkurz4.com"));
        Assert.Equal(2, rejected.Count(e => e.Raw == "rbacrbyq2czpwn15net"));
        Assert.Equal(4, rejected.Count);
        Assert.Equal(48, rejected.First(e => e.Raw == "ww|d4ztkurz4.com").Location.Line);
        Assert.All(rejected, e => Assert.NotNull(e.Location.Line));
        Assert.NotNull(report.Find(IndicatorType.Domain, "sxdcmuasae7saa2.net"));
        Assert.NotNull(report.Find(IndicatorType.Domain, "76jdd2ir2embyv47.onion"));
    }

    [Fact]
    public void Firehol_feodo_ipset_gives_235_addresses()
    {
        var report = IpsetIndicatorParser.Parse(IndicatorFixtures.Read("firehol_feodo.ipset"), "firehol_feodo.ipset");

        Assert.Equal(235, report.Indicators.Count);
        Assert.All(report.Indicators, i => Assert.Equal(IndicatorType.Ipv4, i.Type));
        Assert.Equal(0, report.RejectedCount);
        Assert.True(report.Entries.Count(e => e.Code == ImportCodes.Comment) > 20);
    }

    [Fact]
    public void Ipset_save_format_and_non_address_values()
    {
        var text = "create feodo hash:ip family inet\nadd feodo 1.2.3.4\nadd feodo 10.0.0.0/8 timeout 600\nevil.com\nadd feodo\n"u8;

        var report = IpsetIndicatorParser.Parse(text, "feodo.save");

        Assert.Equal(["1.2.3.4", "10.0.0.0/8"], report.Indicators.Select(i => i.Value.Value));
        Assert.Equal(ImportCodes.Header, report.Entries[0].Code);
        Assert.Contains("not a domain", report.Entries[3].Reason, StringComparison.Ordinal);
        Assert.Equal(ImportCodes.Malformed, report.Entries[4].Code);
    }

    [Fact]
    public void Plain_text_comments_inline_comments_several_tokens_and_hosts_lines()
    {
        var text = """
            # CERT appendix
            ; another comment
            1.2.3.4 # C2 server
            evil[.]com, hxxp://bad[.]example/gate.php

            0.0.0.0 sink.example
            emotet.example Emotet C2
            Emotet loader
            1.2.3.4
            """;

        var report = PlainTextIndicatorParser.Parse(text, "appendix.txt", new IndicatorImportOptions { Source = "144/VNCERT-ĐPƯC" });

        Assert.Equal(["1.2.3.4", "evil.com", "http://bad.example/gate.php", "sink.example", "emotet.example"], report.Indicators.Select(i => i.Value.Value));
        Assert.All(report.Indicators, i => Assert.Equal(["144/VNCERT-ĐPƯC"], i.Sources));
        var byLine = report.Entries.ToLookup(e => e.Location.Line);
        Assert.Equal(ImportCodes.Comment, byLine[1].Single().Code);
        Assert.Equal(ImportCodes.Comment, byLine[2].Single().Code);
        Assert.Equal(ImportCodes.Imported, byLine[3].Single().Code);
        Assert.Equal(2, byLine[4].Count(e => e.Outcome == ImportOutcome.Imported));
        Assert.Equal(ImportCodes.Empty, byLine[5].Single().Code);
        Assert.Equal(ImportCodes.NotApplicable, byLine[6].First().Code);
        Assert.Equal(2, byLine[7].Count(e => e.Code == ImportCodes.NotApplicable));
        Assert.Equal(2, byLine[8].Count(e => e.Outcome == ImportOutcome.Rejected));
        Assert.Equal(ImportCodes.Duplicate, byLine[9].Single().Code);
        Assert.Contains("appendix.txt:3", byLine[9].Single().Reason, StringComparison.Ordinal);
        Assert.Contains("refanged", byLine[4].First().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_input_is_refused_as_a_whole()
    {
        var report = PlainTextIndicatorParser.Parse("1.2.3.4\n5.6.7.8\n", "big.txt", new IndicatorImportOptions { MaxBytes = 4 });

        Assert.Empty(report.Indicators);
        Assert.Equal(ImportCodes.TooLarge, Assert.Single(report.Entries).Code);
    }

    [Fact]
    public void The_entry_limit_stops_reading_and_says_so()
    {
        var report = PlainTextIndicatorParser.Parse("1.1.1.1\n2.2.2.2\n3.3.3.3\n4.4.4.4\n", "many.txt", new IndicatorImportOptions { MaxEntries = 2 });

        Assert.Equal(2, report.Indicators.Count);
        Assert.Equal(ImportCodes.TooMany, report.Entries[^1].Code);
        Assert.Equal(3, report.Entries.Count);
    }

    [Fact]
    public void Without_accepted_entries_the_report_keeps_the_same_indicators_and_only_the_rejections()
    {
        var content = IndicatorFixtures.Read("maltrail_wannacry.txt");
        var full = PlainTextIndicatorParser.Parse(content, "maltrail_wannacry.txt");
        var lean = PlainTextIndicatorParser.Parse(content, "maltrail_wannacry.txt", new IndicatorImportOptions { RecordAccepted = false });

        Assert.Equal(full.Indicators.Select(i => i.Value), lean.Indicators.Select(i => i.Value));
        Assert.Equal(full.Rejected, lean.Entries);
        Assert.Equal(4, lean.Entries.Count);
    }

    [Fact]
    public void Without_accepted_entries_the_limit_still_counts_every_line()
    {
        var report = PlainTextIndicatorParser.Parse("1.1.1.1\n2.2.2.2\n3.3.3.3\n4.4.4.4\n", "many.txt",
            new IndicatorImportOptions { MaxEntries = 2, RecordAccepted = false });

        Assert.Equal(2, report.Indicators.Count);
        Assert.Equal(ImportCodes.TooMany, Assert.Single(report.Entries).Code);
    }

    [Fact]
    public void Values_on_one_line_split_on_any_white_space_and_trailing_separators()
    {
        var report = PlainTextIndicatorParser.Parse("evil.com,\n1.2.3.4;\u00a05.6.7.8\tbad.org\n", "mixed.txt");

        Assert.Equal(["evil.com", "1.2.3.4", "5.6.7.8", "bad.org"], report.Indicators.Select(i => i.Value.Value));
    }
}
