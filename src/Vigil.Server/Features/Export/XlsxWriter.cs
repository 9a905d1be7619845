using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.Export;

/// <summary>
/// Writes one list as an .xlsx: a header row (frozen, with an autofilter) and one typed row per item — numbers as
/// numbers, days and times as date serials with a dd/mm/yyyy format — so a spreadsheet sorts and sums them. The
/// worksheet is written forward (SAX) with inline strings while the rows arrive, so memory does not grow with the
/// list; the package goes to a temporary file that deletes itself once the response has sent it.
/// </summary>
public static partial class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's last row is 1 048 576 and the header takes one.</summary>
    public const int MaxRows = 1_048_575;

    private const int MaxCellText = 32_767;
    private const int BufferSize = 1 << 16;

    // Style indexes of the stylesheet below, one per value kind.
    private const uint StyleHeader = 1;
    private const uint StyleInteger = 2;
    private const uint StyleNumber = 3;
    private const uint StyleDate = 4;
    private const uint StyleDateTime = 5;
    private const uint StylePercent = 6;

    public static async Task<ExportFile> WriteFileAsync<T>(
        string sheetName, string fileName, IReadOnlyList<XlsxColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "vigil-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            int count;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                count = await WriteAsync(file, sheetName, columns, rows, ct);
            }

            // Opened for reading with delete-on-close: the file goes away when the response (or a failure) disposes it.
            var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return new ExportFile(content, fileName, count);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Writes the workbook to a seekable stream; returns the number of data rows.</summary>
    public static async Task<int> WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<XlsxColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        var (count, sheet, filter) = await WriteSheetAsync(workbookPart, 0, sheetName, columns, rows, ct);
        workbookPart.Workbook = new Workbook(new Sheets(sheet), new DefinedNames(filter));
        workbookPart.Workbook.Save();
        return count;
    }

    /// <summary>One worksheet of the workbook: the header row, the rows, the frozen pane and the autofilter.</summary>
    internal static async Task<(int Count, Sheet Sheet, DefinedName Filter)> WriteSheetAsync<T>(
        WorkbookPart workbookPart, int index, string sheetName, IReadOnlyList<XlsxColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var name = SheetName(sheetName);
        var lastColumn = ColumnLetters.Of(columns.Count - 1);
        var letters = Enumerable.Range(0, columns.Count).Select(ColumnLetters.Of).ToArray();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var count = 0;
        using (var writer = OpenXmlWriter.Create(sheetPart, new UTF8Encoding(false)))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0, TabSelected = index == 0 }));
            writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
            var cols = new Columns();
            for (var i = 0; i < columns.Count; i++)
            {
                cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
            }

            writer.WriteElement(cols);
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row { RowIndex = 1 });
            for (var i = 0; i < columns.Count; i++)
            {
                writer.WriteElement(TextCell(letters[i] + "1", columns[i].Header, StyleHeader));
            }

            writer.WriteEndElement();
            await foreach (var item in rows.WithCancellation(ct))
            {
                if (count == MaxRows)
                {
                    throw new InvalidOperationException($"An export has at most {MaxRows} rows; the caller checks the count first.");
                }

                count++;
                var rowNumber = (count + 1).ToString(CultureInfo.InvariantCulture);
                writer.WriteStartElement(new Row { RowIndex = (uint)(count + 1) });
                for (var i = 0; i < columns.Count; i++)
                {
                    if (Cell(letters[i] + rowNumber, columns[i].Value(item)) is { } cell)
                    {
                        writer.WriteElement(cell);
                    }
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{count + 1}" });
            writer.WriteEndElement();
        }

        var sheet = new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)(index + 1), Name = name };
        // Excel and LibreOffice keep an autofilter's range under this hidden name.
        var filter = new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${count + 1}")
        {
            Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)index, Hidden = true,
        };
        return (count, sheet, filter);
    }

    private static Cell? Cell(string reference, XlsxValue value) => value.Kind switch
    {
        XlsxValueKind.Empty => null,
        XlsxValueKind.Text => TextCell(reference, value.Text!, 0),
        XlsxValueKind.WholeNumber => NumberCell(reference, value.Number, StyleInteger),
        XlsxValueKind.Number => NumberCell(reference, value.Number, StyleNumber),
        XlsxValueKind.Date => NumberCell(reference, value.Number, StyleDate),
        XlsxValueKind.DateTime => NumberCell(reference, value.Number, StyleDateTime),
        XlsxValueKind.Percent => NumberCell(reference, value.Number, StylePercent),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown cell kind."),
    };

    private static Cell NumberCell(string reference, double number, uint style) => new()
    {
        CellReference = reference,
        StyleIndex = style,
        CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
    };

    private static Cell TextCell(string reference, string text, uint style)
    {
        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    /// <summary>Characters XML 1.0 cannot carry are dropped (a hostname or note may hold any), and Excel's cell limit kept.</summary>
    internal static string Clean(string text)
    {
        var ok = true;
        foreach (var c in text)
        {
            if (!XmlAllowed(c))
            {
                ok = false;
                break;
            }
        }

        var clean = text;
        if (!ok)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (XmlAllowed(c) && !char.IsSurrogate(c))
                {
                    builder.Append(c);
                }
            }

            clean = builder.ToString();
        }

        return clean.Length <= MaxCellText ? clean : clean[..MaxCellText];
    }

    private static bool XmlAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);

    /// <summary>A sheet name has at most 31 characters and none of []:*?/\.</summary>
    internal static string SheetName(string name)
    {
        var clean = new string([.. (name ?? "").Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c))]).Trim('\'', ' ');
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            },
            Numeric(3),   // #,##0
            Numeric(4),   // #,##0.00
            Numeric(164), // dd/mm/yyyy
            Numeric(165), // dd/mm/yyyy hh:mm
            Numeric(10)) { Count = 7 }, // 0.00%
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Numeric(uint format) =>
        new() { NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };
}
