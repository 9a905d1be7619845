using System.IO.Compression;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

public class OfficeTableTests
{
    [Fact]
    public void Libreoffice_xlsx_appendix()
    {
        var report = OfficeIndicatorParser.ParseXlsx(IndicatorFixtures.Read("office/phu-luc-ioc.xlsx"), "phu-luc-ioc.xlsx");

        Assert.Equal(5, report.Indicators.Count);
        Assert.Equal(0, report.RejectedCount);
        var ip = report.Find(IndicatorType.Ipv4, "103.82.243.5")!;
        Assert.Equal("Pikabot", ip.Family);
        Assert.Equal("Máy chủ C2", ip.Description);
        Assert.NotNull(report.Find(IndicatorType.Url, "http://evil.com.vn/a.php"));
        Assert.NotNull(report.Find(IndicatorType.Sha256, "ed01ebfbc9eb5bbea545af4d01bf5f1071661840480439c6e5babe8e080e41aa"));
        Assert.NotNull(report.Find(IndicatorType.Md5, "84c82835a5d21bbcf75a61706d8ab549"));
        Assert.Equal("phu-luc-ioc.xlsx:2 phu-luc-ioc", report.Entries.Single(e => e.Value == ip.Value).Location.ToString());
        Assert.Equal(ImportCodes.Header, report.Entries[0].Code);
    }

    [Fact]
    public void Libreoffice_docx_appendix()
    {
        var report = OfficeIndicatorParser.ParseDocx(IndicatorFixtures.Read("office/phu-luc-ioc.docx"), "phu-luc-ioc.docx");

        Assert.Equal(4, report.Indicators.Count);
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal("WannaCry", report.Find(IndicatorType.Domain, "iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com")!.Family);
        Assert.Equal("phu-luc-ioc.docx:3 table 1", report.Entries.Single(e => e.Value?.Type == IndicatorType.Domain).Location.ToString());
    }

    [Fact]
    public void Format_detection_recognises_office_packages()
    {
        Assert.Equal(IndicatorFormat.Xlsx, IndicatorImport.Detect("a.xlsx", IndicatorFixtures.Read("office/phu-luc-ioc.xlsx")));
        Assert.Equal(IndicatorFormat.Docx, IndicatorImport.Detect("a.docx", IndicatorFixtures.Read("office/phu-luc-ioc.docx")));
    }

    [Fact]
    public void A_package_expanding_past_the_limit_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[4 * 1024 * 1024]);
        }

        var report = OfficeIndicatorParser.ParseDocx(buffer.ToArray(), "bomb.docx", new IndicatorImportOptions { MaxBytes = 1024 * 1024 });

        var entryReport = Assert.Single(report.Entries);
        Assert.Equal(ImportCodes.Malformed, entryReport.Code);
        Assert.Contains("size limit", entryReport.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_package_is_one_rejection()
    {
        var report = OfficeIndicatorParser.ParseXlsx("1.2.3.4\n"u8, "fake.xlsx");

        Assert.Equal(ImportCodes.Malformed, Assert.Single(report.Entries).Code);
        Assert.Empty(report.Indicators);
    }
}
