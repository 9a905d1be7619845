using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>
/// Reads the visible worksheets of an .xlsx as text cells, streaming (SAX) so that memory follows the data, not the
/// XML. Cells are placed by their references, because Excel leaves empty cells out; shared and inline strings,
/// numbers, booleans, cached formula results and date serials are all turned into the text a person sees. Never
/// throws on malformed input: the answer is then one precise file error.
/// </summary>
internal static partial class XlsxReader
{
    /// <summary>Characters in one part, checked by the SDK while parsing (a second guard behind the unpacked-size budget).</summary>
    private const long MaxCharactersInPart = XlsxPackageCheck.MaxPartBytes;

    /// <param name="maxRows">Rows with values to keep over all sheets; beyond it reading stops (the parser reports the excess).</param>
    public static SpreadsheetContent Read(byte[] content, string fileName, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (XlsxPackageCheck.Check(content, fileName) is { } refused)
        {
            return new SpreadsheetContent([], [refused]);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart, AutoSave = false });
            if (document.DocumentType != SpreadsheetDocumentType.Workbook && document.DocumentType != SpreadsheetDocumentType.Template)
            {
                return SpreadsheetContent.Failed(fileName, ImportCodes.FileMacroEnabled,
                    "Tệp có macro; Vigil không nhận tệp có macro. Trong Excel hãy chọn Save As… kiểu \"Excel Workbook (*.xlsx)\".",
                    "The file is macro-enabled; Vigil does not accept it. In Excel use Save As… \"Excel Workbook (*.xlsx)\".");
            }

            var workbook = document.WorkbookPart;
            if (workbook is null)
            {
                return Corrupt(fileName, "không có workbook", "no workbook part");
            }

            var (sheets, date1904) = ReadWorkbook(workbook);
            var strings = ReadSharedStrings(workbook.SharedStringTablePart);
            var styles = XlsxStyles.Read(workbook.WorkbookStylesPart);
            var context = new CellContext(strings, styles, date1904);
            var tables = new List<SheetTable>();
            var budget = maxRows + InventorySheetParser.HeaderSearchRows + 1;
            foreach (var (name, relationshipId) in sheets)
            {
                // Chart sheets and dialog sheets have no cells to import.
                if (budget <= 0 || !workbook.TryGetPartById(relationshipId, out var part) || part is not WorksheetPart worksheet)
                {
                    continue;
                }

                var rows = ReadRows(worksheet, context, ref budget, out var problem);
                if (problem is not null)
                {
                    return Corrupt(fileName, $"trang '{name}': {problem}", $"sheet '{name}': {problem}");
                }

                tables.Add(new SheetTable(name, rows));
            }

            return new SpreadsheetContent(tables, []);
        }
#pragma warning disable CA1031 // The SDK and System.IO.Packaging throw many types on damaged input (XmlException,
        // OpenXmlPackageException, InvalidDataException, IOException, ArgumentException, FormatException, …); a
        // damaged upload is expected input and gets an answer, not a 500.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Corrupt(fileName, ex.Message, ex.Message);
        }
    }

    private static SpreadsheetContent Corrupt(string fileName, string detail, string englishDetail) =>
        SpreadsheetContent.Failed(fileName, ImportCodes.FileCorrupt,
            $"Tệp .xlsx bị hỏng hoặc không đọc được ({detail}); hãy mở bằng Excel và lưu lại.",
            $"The .xlsx file is damaged or unreadable ({englishDetail}); open it in Excel and save it again.");

    /// <summary>Visible sheets in workbook order, and whether day serials count from 1904 (old Mac workbooks).</summary>
    private static (List<(string Name, string RelationshipId)> Sheets, bool Date1904) ReadWorkbook(WorkbookPart workbook)
    {
        var sheets = new List<(string, string)>();
        var date1904 = false;
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(WorkbookProperties))
            {
                date1904 = ((WorkbookProperties)reader.LoadCurrentElement()!).Date1904?.Value == true;
            }
            else if (reader.ElementType == typeof(Sheet))
            {
                var sheet = (Sheet)reader.LoadCurrentElement()!;
                // What the person cannot see is not what they mean to import (hidden lists behind drop-downs, old copies).
                if (sheet.State?.Value is SheetStateValues.Hidden or SheetStateValues.VeryHidden || sheet.Id?.Value is not { } id)
                {
                    continue;
                }

                sheets.Add((sheet.Name?.Value ?? "", id));
            }
        }

        return (sheets, date1904);
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The text of a string item: plain or rich-text runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }
}
