using System.Text;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

public class CsvAndTableTests
{
    [Fact]
    public void Abusech_feodo_csv_gives_28_c2_addresses_with_dates_and_family()
    {
        var report = CsvIndicatorParser.Parse(IndicatorFixtures.Read("abusech_feodotracker_ipblocklist_2024-04-04.csv"), "feodo.csv",
            new IndicatorImportOptions { Source = "abuse.ch Feodo Tracker" });

        Assert.Equal(28, report.Indicators.Count);
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(9, report.Entries.Count(e => e.Code == ImportCodes.Comment));
        Assert.Equal(ImportCodes.Comment, report.Entries.Single(e => e.Location.Line == 38).Code);
        Assert.Equal(ImportCodes.Header, report.Entries.Single(e => e.Location.Line == 9).Code);
        var first = report.Find(IndicatorType.Ipv4, "192.9.135.73")!;
        Assert.Equal(new DateTimeOffset(2023, 5, 23, 17, 51, 44, TimeSpan.Zero), first.FirstSeen);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), first.LastSeen);
        Assert.Equal("Pikabot", first.Family);
        Assert.Equal(["abuse.ch Feodo Tracker"], first.Sources);
        Assert.Equal(10, report.Entries.Single(e => e.Value?.Value == "192.9.135.73").Location.Line);
        Assert.NotNull(report.Find(IndicatorType.Ipv4, "172.233.221.61"));
    }

    [Fact]
    public void Vietnamese_appendix_table_with_title_rows_type_column_and_metadata()
    {
        var csv = """
            PHỤ LỤC: DANH SÁCH DẤU HIỆU NHẬN DẠNG;;;;
            (Kèm theo công văn số 144/VNCERT-ĐPƯC);;;;
            STT;Loại;Giá trị;Mã độc;Ghi chú;Hành động
            1;IP;103.82.243[.]5;Pikabot;C2;chặn
            2;Tên miền;evil[.]com.vn;Pikabot;;
            3;URL;hxxp://evil.com.vn/a.php;;;
            4;MD5;D41D8CD98F00B204E9800998ECF8427F;WannaCry;;
            5;Tên miền;iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com;WannaCry;kill switch;cảnh báo
            6;SHA256;xyz;;;
            7;Mutex;Global\MsWinZonesCacheCounterMutexA;;;
            8;Registry;HKLM\x;;;
            9;Bogus;1.2.3.4;;;
            """;

        var report = CsvIndicatorParser.Parse(Encoding.UTF8.GetBytes(csv), "phu-luc.csv");

        Assert.Equal(5, report.Indicators.Count);
        var entries = report.Entries.ToDictionary(e => e.Location.Line!.Value);
        Assert.Equal(ImportCodes.Header, entries[1].Code);
        Assert.Equal(ImportCodes.Header, entries[2].Code);
        Assert.Equal(ImportCodes.Header, entries[3].Code);
        Assert.Equal("Pikabot", report.Find(IndicatorType.Ipv4, "103.82.243.5")!.Family);
        Assert.Equal("C2", report.Find(IndicatorType.Ipv4, "103.82.243.5")!.Description);
        Assert.NotNull(report.Find(IndicatorType.Domain, "evil.com.vn"));
        Assert.NotNull(report.Find(IndicatorType.Url, "http://evil.com.vn/a.php"));
        Assert.NotNull(report.Find(IndicatorType.Md5, "d41d8cd98f00b204e9800998ecf8427f"));
        var killSwitch = report.Find(IndicatorType.Domain, "iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com")!;
        Assert.Equal(IndicatorAction.AlertOnly, killSwitch.Action);
        Assert.True(killSwitch.AlertOnlyPinned);
        Assert.Equal(ImportCodes.InvalidValue, entries[9].Code);
        Assert.Equal(ImportCodes.NotApplicable, entries[10].Code);
        Assert.Equal(ImportCodes.NotApplicable, entries[11].Code);
        Assert.Equal(ImportCodes.Unsupported, entries[12].Code);
        Assert.Contains("Bogus", entries[12].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_value_columns_give_one_indicator_per_cell_with_the_column_in_the_location()
    {
        var rows = new List<TableRow>
        {
            new(1, ["domain", "ip", "first_seen", "tags", "tlp", "confidence"]),
            new(2, ["evil.example", "198.51.100.7", "23/05/2024", "c2; apt", "amber+strict", "85"]),
            new(3, ["", "", "", "", "", ""]),
            new(4, ["1.2.3.4", "evil.example", "", "", "", ""]),
        };

        var report = TableIndicatorParser.Parse(rows, "appendix.xlsx", tableName: "Sheet1");

        var domain = report.Find(IndicatorType.Domain, "evil.example")!;
        Assert.Equal(new DateTimeOffset(2024, 5, 23, 0, 0, 0, TimeSpan.Zero), domain.FirstSeen);
        Assert.Equal(["apt", "c2"], domain.Tags);
        Assert.Equal(Tlp.AmberStrict, domain.Tlp);
        Assert.Equal(85, domain.Confidence);
        Assert.Equal("Sheet1 ip", report.Entries.Single(e => e.Value?.Value == "198.51.100.7").Location.Path);
        Assert.Equal(ImportCodes.Empty, report.Entries.Single(e => e.Location.Line == 3).Code);
        var row4 = report.Entries.Where(e => e.Location.Line == 4).ToList();
        Assert.Equal(2, row4.Count(e => e.Outcome == ImportOutcome.Rejected));
        Assert.Contains("not an IP address", row4.Single(e => e.Location.Path == "Sheet1 ip").Reason, StringComparison.Ordinal);
        Assert.Equal("appendix.xlsx:4 Sheet1 domain", row4.Single(e => e.Location.Path == "Sheet1 domain").Location.ToString());
    }

    [Fact]
    public void A_headerless_table_tries_every_cell()
    {
        var rows = new List<TableRow>
        {
            new(1, ["1", "evil.example", "C2"]),
            new(2, ["2", "no indicator here", ""]),
        };

        var report = TableIndicatorParser.Parse(rows, "bang.docx", tableName: "table 1");

        Assert.Equal("evil.example", Assert.Single(report.Indicators).Value.Value);
        Assert.Equal(ImportCodes.InvalidValue, report.Entries.Single(e => e.Location.Line == 2).Code);
        Assert.Equal("table 1 column 2", report.Entries.Single(e => e.Outcome == ImportOutcome.Imported).Location.Path);
    }

    [Fact]
    public void Csv_structure_problems_are_reported_with_their_row()
    {
        var report = CsvIndicatorParser.Parse("value\n\"1.2.3.4\n"u8, "bad.csv");
        Assert.Contains(report.Entries, e => e.Code == ImportCodes.Malformed && e.Location.Line == 2);

        var notUtf8 = CsvIndicatorParser.Parse([0x76, 0x0A, 0xFF, 0xFE], "latin1.csv");
        Assert.Equal(ImportCodes.Malformed, Assert.Single(notUtf8.Entries).Code);
    }
}
