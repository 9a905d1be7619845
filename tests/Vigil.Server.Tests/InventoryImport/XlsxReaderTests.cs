using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.InventoryImport;

namespace Vigil.Server.Tests.InventoryImport;

public class XlsxReaderTests
{
    [Fact]
    public void Template_HasTheThreeSheets_HumanHeaders_DropDownsAndInstructions()
    {
        var template = InventoryTemplate.Xlsx();
        var content = XlsxReader.Read(template, "t.xlsx", 100);
        Assert.True(content.IsReadable, string.Join("\n", content.Errors));
        Assert.Equal([InventorySheetNames.Computers, InventorySheetNames.NetworkDevices, InventorySheetNames.Instructions], content.Sheets.Select(s => s.Name));
        Assert.Equal(InventoryColumns.Computers.Select(c => c.Header), content.Sheets[0].Rows.Single().Cells.Select(c => c.Text));
        Assert.Equal(InventoryColumns.NetworkDevices.Select(c => c.Header), content.Sheets[1].Rows.Single().Cells.Select(c => c.Text));
        var instructions = string.Join("\n", content.Sheets[2].Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.All(InventoryColumns.Computers.Concat(InventoryColumns.NetworkDevices), c => Assert.Contains(c.Description, instructions, StringComparison.Ordinal));

        using var document = SpreadsheetDocument.Open(new MemoryStream(template), false);
        var lists = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>())
            .ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => v.Formula1!.Text!);
        Assert.Equal("\"Có,Không\"", lists["G2:G20001"]);
        Assert.Equal("\"x64,x86\"", lists["J2:J20001"]);
        Assert.Equal("\"SSD,HDD\"", lists["M2:M20001"]);
        Assert.Equal("\"Switch,Router,Wi-Fi,Tường lửa,Module\"", lists["C2:C20001"]);

        // A template with only headers is not an import.
        Assert.Equal(ImportCodes.FileNoRows, Assert.Single(InventorySheetParser.Parse(content.Sheets).Errors).Code);
    }

    [Fact]
    public void FilledTemplate_NumbersAndSharedStrings_ReadAsTyped()
    {
        var file = Workbooks.Fill(InventoryTemplate.Xlsx(),
            (InventorySheetNames.Computers, [["A", "PC-01", "0012345", "", "00:1A:2B:3C:4D:5E", "Lê Thị Bình", "Không", "Windows 10 Pro", "22H2", "x64", "Intel Core i5-4590", "7.99999999999999", "SSD", "256", "Bkav Endpoint", ""]]),
            (InventorySheetNames.NetworkDevices, [["A", "SW-01", "Switch", "Cisco", "WS-C2960-24TT-L", "FOC1", "15.0(2)SE11", "10.0.0.2", "Tầng 2", ""]]));
        var content = XlsxReader.Read(file, "f.xlsx", 100);
        var parsed = InventorySheetParser.Parse(content.Sheets);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        var pc = Assert.Single(parsed.Computers);
        Assert.Equal(("0012345", 8192L, 256L), (pc.Snapshot.SerialNumber, pc.Snapshot.RamMb!.Value, pc.Snapshot.Disks![0].SizeGb!.Value));
        Assert.Equal(new CellLocation(InventorySheetNames.Computers, 2, "A", "Mã đơn vị"), pc.Unit);
        Assert.Equal("10.0.0.2", Assert.Single(parsed.NetworkDevices).ManagementIp);
    }

    [Fact]
    public void CellsWithoutReferences_InlineAndRichStrings_BooleansDatesAndErrors()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 }, new Fills(new Fill()) { Count = 1 }, new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14 }, new CellFormat { NumberFormatId = 164 }, new CellFormat { NumberFormatId = 2 }) { Count = 4 });
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Run(new Text("Máy ")), new Run(new RunProperties(new Bold()), new Text("kế toán"))),
                new SharedStringItem(new Text("x"), new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("A1 không ref")) },
                    new Cell { DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "E1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { DataType = CellValues.Boolean, CellValue = new CellValue("1") }) { RowIndex = 3 },
                new Row(
                    new Cell { CellReference = "A5", CellValue = new CellValue("45435"), StyleIndex = 1 },
                    new Cell { CellReference = "B5", CellValue = new CellValue("45435.5"), StyleIndex = 2 },
                    new Cell { CellReference = "C5", CellValue = new CellValue("45432"), StyleIndex = 3 },
                    new Cell { CellReference = "D5", DataType = CellValues.Error, CellValue = new CellValue("#N/A") },
                    new Cell { CellReference = "E5", DataType = CellValues.String, CellFormula = new CellFormula("A5&\"\""), CellValue = new CellValue("ok") },
                    new Cell { CellReference = "F5", StyleIndex = 1 }) { RowIndex = 5 },
                new Row(new Cell { CellReference = "B6", StyleIndex = 1 }) { RowIndex = 6 },
                new Row(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text("after 6")) })));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "S" });
            var hidden = workbook.AddNewPart<WorksheetPart>();
            hidden.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("hidden")) }) { RowIndex = 1 }));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(hidden), SheetId = 2, Name = "Danh mục", State = SheetStateValues.Hidden });
        }

        var content = XlsxReader.Read(stream.ToArray(), "f.xlsx", 100);
        Assert.True(content.IsReadable, string.Join("\n", content.Errors));
        var sheet = Assert.Single(content.Sheets);
        Assert.Equal([3, 5, 7], sheet.Rows.Select(r => r.Number));
        Assert.Equal([(0, "A1 không ref"), (1, "Máy kế toán"), (4, "x"), (5, "TRUE")], sheet.Rows[0].Cells.Select(c => (c.Column, c.Text)));
        Assert.Equal([(0, "2024-05-23"), (1, "2024-05-23 12:00:00"), (2, "45432"), (3, "#N/A"), (4, "ok")], sheet.Rows[1].Cells.Select(c => (c.Column, c.Text)));
    }

    [Fact]
    public void TooManyRows_StopReading_AndTheParserSaysSo()
    {
        var rows = new[] { new[] { "Mã đơn vị", "Tên máy" } }.Concat(Enumerable.Range(1, 50).Select(i => new[] { "A", "PC" + i })).ToArray();
        var content = XlsxReader.Read(Workbooks.Build((InventorySheetNames.Computers, rows)), "f.xlsx", maxRows: 20);
        Assert.True(content.Sheets[0].Rows.Count < 51);
        var error = Assert.Single(InventorySheetParser.Parse(content.Sheets, maxRows: 20).Errors);
        Assert.Equal((ImportCodes.FileTooManyRows, 22), (error.Code, error.Location.Row));
    }

    [Fact]
    public void ZipBomb_IsRefusedByItsUnpackedSize()
    {
        var file = Rezip(Workbooks.Build(("S", [["a"]])), add: ("xl/media/zeros.bin", new byte[XlsxPackageCheck.MaxPartBytes + 1]));
        Assert.True(file.Length < 1024 * 1024);
        Assert.Equal(ImportCodes.FileTooBigUnpacked, Assert.Single(XlsxReader.Read(file, "bomb.xlsx", 100).Errors).Code);
    }

    [Fact]
    public void MacroEnabled_Xlsb_Ods_OtherZips_AreRefusedPrecisely()
    {
        using (var stream = new MemoryStream())
        {
            using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.MacroEnabledWorkbook))
            {
                document.AddWorkbookPart().Workbook = new Workbook(new Sheets());
            }

            Assert.Equal(ImportCodes.FileMacroEnabled, Code(stream.ToArray()));
        }

        Assert.Equal(ImportCodes.FileMacroEnabled, Code(Rezip(Workbooks.Build(("S", [["a"]])), add: ("xl/vbaProject.bin", [1, 2, 3]))));
        Assert.Equal(ImportCodes.FileNotSpreadsheet, Code(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.bin", ""))));
        Assert.Equal(ImportCodes.FileOpenDocument, Code(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))));
        Assert.Equal(ImportCodes.FileNotSpreadsheet, Code(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>"))));
        var valid = Workbooks.Build(("S", [["a"]]));
        Assert.Equal(ImportCodes.FileCorrupt, Code(valid[..(valid.Length / 2)]));
    }

    [Fact]
    public void DtdInAPart_IsRefused_NotExpanded()
    {
        const string bomb = """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&g;</t></si></sst>
            """;
        var file = Rezip(Workbooks.Build(("S", [["a"]])), replace: ("xl/sharedStrings.xml", bomb));
        Assert.Equal(ImportCodes.FileCorrupt, Code(file));
    }

    private static string Code(byte[] file) => Assert.Single(XlsxReader.Read(file, "f.xlsx", 100).Errors).Code;

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Copies a package, adding one entry or replacing one entry's text.</summary>
    internal static byte[] Rezip(byte[] package, (string Name, byte[] Content)? add = null, (string Name, string Text)? replace = null)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName).Open();
                if (replace is { } r && r.Name == entry.FullName)
                {
                    to.Write(Encoding.UTF8.GetBytes(r.Text));
                    continue;
                }

                using var from = entry.Open();
                from.CopyTo(to);
            }

            if (add is { } a)
            {
                using var to = target.CreateEntry(a.Name, CompressionLevel.SmallestSize).Open();
                to.Write(a.Content);
            }
        }

        return output.ToArray();
    }
}
