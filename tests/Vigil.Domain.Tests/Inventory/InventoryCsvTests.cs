using System.Text;
using Vigil.Domain.Common.Csv;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Tests.Inventory;

public class InventoryCsvTests
{
    [Fact]
    public void SemicolonsWithBom_AsVietnameseExcelSaves()
    {
        var csv = "\uFEFFMã đơn vị;Tên máy;RAM (GB);Hệ điều hành;Ghi chú\r\nA;PC1;3,5;Windows 10 Pro;\"Có ; dấu chấm phẩy\"\r\nA;PC2;8;;\r\n";
        var result = Sheets.ParseCsv(csv);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(3584, result.Computers[0].Snapshot.RamMb);
        Assert.Equal("Có ; dấu chấm phẩy", result.Computers[0].Snapshot.Notes);
        Assert.Equal(new Vigil.Domain.Inventory.Import.CellLocation("may-tinh.csv", 3, "A", "Mã đơn vị"), result.Computers[1].Unit);
    }

    [Fact]
    public void CommasWithoutBom_EnglishHeaders_NoDiacritics()
    {
        var csv = "unit code,hostname,kind,vendor,management ip\nA,SW1,switch,Cisco,10.0.0.2\n";
        var result = Sheets.ParseCsv(csv, "devices.csv");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("10.0.0.2", Assert.Single(result.NetworkDevices).ManagementIp);

        var folded = Sheets.ParseCsv("ma don vi,ten thiet bi,loai\nA,SW1,bo chuyen mach\n", "tb.csv");
        Assert.Equal("switch", Assert.Single(folded.NetworkDevices).Kind);
    }

    [Fact]
    public void QuotedLineBreak_KeepsExcelRowNumbers()
    {
        var csv = "Mã đơn vị,Tên máy,Ghi chú\nA,PC1,\"hai\ndòng\"\nA,PC 2,\n";
        var error = Assert.Single(Sheets.ParseCsv(csv).Errors);
        Assert.Equal(new CellLocation("may-tinh.csv", 3, "B", "Tên máy"), error.Location);
    }

    [Fact]
    public void SeparatorLine_NamesTheDelimiter_AndIsNotARow()
    {
        var document = CsvReader.Read("sep=;\r\nMã đơn vị;Tên máy,x\r\nA;PC1\r\n");
        Assert.Equal(';', document.Delimiter);
        Assert.Equal((1, "Tên máy,x"), (document.Records[0].Row, document.Records[0].Fields[1]));
        Assert.Equal(2, document.Records[1].Row);
        Assert.Equal(',', CsvReader.Read("sep=,").Delimiter);
        Assert.Equal("sep=x y", CsvReader.Read("sep=x y\n").Records[0].Fields[0]);
    }

    [Fact]
    public void Utf16_AndAnsi_GetPreciseErrors()
    {
        var utf16 = InventoryCsv.Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Mã đơn vị\tTên máy")).ToArray(), "x.csv");
        Assert.Equal(ImportCodes.CsvNotUtf8, Assert.Single(utf16.Errors).Code);

        // "Mã" in Windows-1258, as Excel's plain "CSV (Comma delimited)" saves on a Vietnamese PC.
        var ansi = InventoryCsv.Read([.. "Ma don vi,Ten may\nA,M"u8, 0xE3, .. "y\n"u8], "x.csv");
        var error = Assert.Single(ansi.Errors);
        Assert.Equal((ImportCodes.CsvNotUtf8, 2), (error.Code, error.Location.Row));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedQuote_IsLocated()
    {
        var content = InventoryCsv.Read("Mã đơn vị,Tên máy\nA,\"PC1\n"u8, "x.csv");
        var error = Assert.Single(content.Errors);
        Assert.Equal((ImportCodes.CsvUnterminatedQuote, 2), (error.Code, error.Location.Row));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0 }, "a.csv", SpreadsheetFormat.Zip)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "a.xlsx", SpreadsheetFormat.CompoundFile)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "a.csv", SpreadsheetFormat.Other)]
    [InlineData(new byte[] { 0x41, 0x2C, 0x42 }, "a.xlsx", SpreadsheetFormat.Other)]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "a.csv", SpreadsheetFormat.Other)]
    [InlineData(new byte[] { 0x41, 0x2C, 0x42 }, "a.txt", SpreadsheetFormat.Csv)]
    [InlineData(new byte[] { 0x41, 0x2C, 0x42 }, "", SpreadsheetFormat.Csv)]
    public void FormatsAreToldApartByContent(byte[] head, string name, SpreadsheetFormat format) =>
        Assert.Equal(format, SpreadsheetFormats.Detect(head, name));
}
