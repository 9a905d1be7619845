using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vigil.Server.Tests.Export;

/// <summary>An exported workbook opened with the Open XML SDK: its one sheet's cells by row, with their types and styles.</summary>
internal sealed class XlsxFile
{
    private XlsxFile(string sheetName, List<List<Cell>> rows, Worksheet worksheet, Stylesheet styles, string? filterName)
    {
        SheetName = sheetName;
        Rows = rows;
        Worksheet = worksheet;
        Styles = styles;
        FilterDatabase = filterName;
    }

    public string SheetName { get; }

    public List<List<Cell>> Rows { get; }

    public Worksheet Worksheet { get; }

    public Stylesheet Styles { get; }

    public string? FilterDatabase { get; }

    public IReadOnlyList<string> Headers => [.. Rows[0].Select(Text)];

    public int DataRows => Rows.Count - 1;

    public static XlsxFile Open(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var worksheet = (Worksheet)part.Worksheet.CloneNode(true);
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var filter = workbook.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == "_xlnm._FilterDatabase")?.Text;
        return new XlsxFile(sheet.Name!, rows, worksheet, (Stylesheet)workbook.WorkbookStylesPart!.Stylesheet.CloneNode(true), filter);
    }

    public static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    /// <summary>The cell of a data row under a header, or null when the row leaves it empty.</summary>
    public Cell? Cell(int dataRow, string header)
    {
        var column = Headers.ToList().IndexOf(header);
        Assert.True(column >= 0, $"no column '{header}' in {string.Join(", ", Headers)}");
        var reference = Vigil.Domain.Inventory.Import.ColumnLetters.Of(column) + (dataRow + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Rows[dataRow + 1].FirstOrDefault(c => c.CellReference == reference);
    }

    public IEnumerable<string> Column(string header) => Enumerable.Range(0, DataRows).Select(i => Cell(i, header) is { } c ? Text(c) : "");

    /// <summary>The number format code of a cell's style ("dd/mm/yyyy", "#,##0" for built-in 3, …).</summary>
    public string FormatOf(Cell cell)
    {
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId!.Value;
        return Styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId!.Value == format)?.FormatCode?.Value
            ?? format switch { 0 => "General", 3 => "#,##0", 4 => "#,##0.00", 10 => "0.00%", _ => "builtin " + format };
    }

    public bool AllText(Func<string, bool> test) => Rows.SelectMany(r => r).Any(c => test(Text(c)));
}
