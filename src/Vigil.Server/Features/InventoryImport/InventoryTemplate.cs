using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>
/// The downloadable import template: an .xlsx with the two inventory sheets (Vietnamese headers, drop-down lists,
/// text-formatted cells so Excel does not turn serials and MAC addresses into numbers) and an instructions sheet;
/// and one header-only CSV per kind. Generated from <see cref="InventoryColumns"/>, so it always matches the reader.
/// </summary>
internal static partial class InventoryTemplate
{
    public const string XlsxFileName = "mau-nhap-kiem-ke.xlsx";
    public const string ComputersCsvFileName = "mau-may-tinh.csv";
    public const string NetworkDevicesCsvFileName = "mau-thiet-bi-mang.csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>Rows the drop-down lists and text formats cover: the import's row limit.</summary>
    private const int FormattedRows = InventorySheetParser.MaxRows + 1;

    // Style indexes of the stylesheet below.
    private const uint StyleText = 1;
    private const uint StyleHeader = 2;
    private const uint StyleWrap = 3;
    private const uint StyleTitle = 4;

    /// <summary>Header-only CSV (UTF-8 with BOM so that Excel shows the diacritics), comma separated.</summary>
    public static byte[] Csv(InventorySheetKind kind)
    {
        var header = string.Join(",", InventoryColumns.For(kind).Select(c => c.Header)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(header)];
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            AddSheet(workbookPart, sheets, 1, InventorySheetNames.Computers, DataSheet(InventoryColumns.Computers));
            AddSheet(workbookPart, sheets, 2, InventorySheetNames.NetworkDevices, DataSheet(InventoryColumns.NetworkDevices));
            AddSheet(workbookPart, sheets, 3, InventorySheetNames.Instructions, InstructionsSheet());
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Worksheet DataSheet(IReadOnlyList<InventoryColumn> columns)
    {
        var cols = new Columns();
        var validations = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var numeric = column.Key is InventoryColumnKeys.RamGb or InventoryColumnKeys.DiskGb;
            var index = (uint)(i + 1);
            cols.Append(new Column
            {
                Min = index, Max = index, Width = Math.Clamp(column.Header.Length + 4, 12, 34), CustomWidth = true,
                Style = numeric ? 0U : StyleText,
            });
            if (column.Choices.Count > 0)
            {
                var letter = ColumnLetters.Of(i);
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    // A warning, not a stop: the import reads more spellings than the list offers.
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = column.Header,
                    Error = "Nên chọn một giá trị trong danh sách: " + string.Join(", ", column.Choices),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{FormattedRows}" },
                    Formula1 = new Formula1("\"" + string.Join(",", column.Choices) + "\""),
                });
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(TextCell(ColumnLetters.Of(i) + "1", columns[i].Header, StyleHeader));
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            cols,
            new SheetData(header),
            new AutoFilter { Reference = $"A1:{ColumnLetters.Of(columns.Count - 1)}1" });
        if (validations.Count > 0)
        {
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            // "@" (text): what is typed stays as typed — serials with leading zeros, MACs like 00E0…, "1E5".
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
