using System.Text;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Misp;
using Vigil.Domain.Indicators.Import.Stix;

namespace Vigil.Domain.Tests.Indicators;

/// <summary>Seeded, so a failure reproduces: random bytes and mutations of real samples never throw, and every rejection names a location.</summary>
public class IndicatorParserFuzzTests
{
    private static readonly FuzzBytes Inputs = new("\"',;|#[](){}<>:/.@\\\r\n\t =-*%0123456789abcdefx\uFEFF"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xA0, 0xFF, 0x80 }).ToArray(), MaxRandomLength: 300, MaxMutations: 8, MaxRemoved: 20, MaxDuplicated: 120);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var parser in new[] { "text", "ipset", "csv", "stix", "misp", "misp-feed", "misp-feed-zip", "openioc", "table", "pattern", "xlsx", "docx" })
        {
            data.Add(parser, 1);
            data.Add(parser, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Random_and_mutated_input_never_throws_and_rejections_name_a_location(string parser, int seed)
    {
        var random = new Random(seed);
        var sample = Sample(parser);
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var input = iteration % 5 == 0 ? Inputs.RandomBytes(random) : Inputs.Mutate(sample, random);
            if (parser == "pattern")
            {
                var result = StixPattern.Extract(Encoding.UTF8.GetString(input));
                Assert.True(result.IsSupported || (result.Code is not null && !string.IsNullOrWhiteSpace(result.Reason)));
                continue;
            }

            var report = Run(parser, input);
            foreach (var entry in report.Entries)
            {
                Assert.False(string.IsNullOrEmpty(entry.Location.File));
                if (entry.Outcome == ImportOutcome.Rejected)
                {
                    Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
                    Assert.True(entry.Location.Line is not null || entry.Location.Path is not null || entry.Code == ImportCodes.TooLarge, $"{entry.Code} {entry.Reason} has no location");
                }
            }

            Assert.Equal(report.Indicators.Count, report.Indicators.Select(i => i.Value).Distinct().Count());
            Assert.All(report.Indicators, i => Assert.Equal(i.Value, IndicatorValues.Normalize(i.Type, i.Value.Value).Value));
        }
    }

    private static ImportReport Run(string parser, byte[] input) => parser switch
    {
        "text" => PlainTextIndicatorParser.Parse(input, "f.txt"),
        "ipset" => IpsetIndicatorParser.Parse(input, "f.ipset"),
        "csv" => CsvIndicatorParser.Parse(input, "f.csv"),
        "stix" => StixBundleParser.Parse(input, "f.json"),
        "misp" => MispEventParser.Parse(input, "f.json"),
        "misp-feed" => MispFeedParser.Parse(input, "manifest.json", _ => input),
        "misp-feed-zip" => MispFeedArchive.Parse(input, "feed.zip"),
        "openioc" => OpenIocParser.Parse(input, "f.ioc"),
        "xlsx" => OfficeIndicatorParser.ParseXlsx(input, "f.xlsx"),
        "docx" => OfficeIndicatorParser.ParseDocx(input, "f.docx"),
        _ => TableIndicatorParser.Parse(
            Encoding.UTF8.GetString(input).Split('\n').Select((line, i) => new TableRow(i + 1, line.Split(';'))), "f.xlsx", tableName: "Sheet1"),
    };

    private static byte[] Sample(string parser) => parser switch
    {
        "text" => Encoding.UTF8.GetBytes("# c\n1.2.3.4 # x\nevil[.]com hxxp://a[.]b/c\n0.0.0.0 x.example\nfe80::1/64\nd41d8cd98f00b204e9800998ecf8427e\nbad@evil.example\n"),
        "ipset" => IndicatorFixtures.Read("firehol_feodo.ipset")[..1500],
        "csv" => IndicatorFixtures.Read("abusech_feodotracker_ipblocklist_2024-04-04.csv"),
        "stix" => IndicatorFixtures.Read("stix21_indicators-for-C2-with-COA.json"),
        "misp" => IndicatorFixtures.Read("misp_event_xorist_57c4445b.json"),
        "misp-feed" => Encoding.UTF8.GetBytes("""{"5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a01":{"Tag":[{"name":"tlp:green"}]},"Event":{"Attribute":[{"type":"ip-dst","value":"1.2.3.4"}]}}"""),
        "misp-feed-zip" => ZippedFeed(),
        "openioc" => IndicatorFixtures.Read("openioc/msbgt.ioc.xml"),
        "xlsx" => IndicatorFixtures.Read("office/phu-luc-ioc.xlsx"),
        "docx" => IndicatorFixtures.Read("office/phu-luc-ioc.docx"),
        "pattern" => Encoding.UTF8.GetBytes("([domain-name:value = 'a.example' OR ipv4-addr:value IN ('1.2.3.4','5.6.7.8')] AND [file:hashes.'SHA-256' = 'ab']) REPEATS 2 TIMES"),
        _ => Encoding.UTF8.GetBytes("STT;Loại;Giá trị;Mã độc\n1;IP;1.2.3.4;X\n2;Tên miền;evil[.]com;Y\n3;;hxxps://a.example/b;\n"),
    };

    private static byte[] ZippedFeed()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var manifest = zip.CreateEntry("feed/manifest.json").Open())
            {
                manifest.Write(Sample("misp-feed"));
            }

            using var feedEvent = zip.CreateEntry("feed/5a0c2cc0-0ec0-4f4f-9b8b-4b0a0a0a0a01.json").Open();
            feedEvent.Write(IndicatorFixtures.Read("misp_event_xorist_57c4445b.json"));
        }

        return output.ToArray();
    }
}
