using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

internal static partial class XlsxReader
{
    /// <summary>Excel's last row.</summary>
    private const uint MaxRowNumber = 1_048_576;

    /// <summary>Largest day serial Excel shows as a date (31/12/9999).</summary>
    private const double MaxDateSerial = 2_958_465;

    private sealed record CellContext(List<string> Strings, XlsxStyles Styles, bool Date1904);

    /// <summary>
    /// The rows of a worksheet that hold at least one value, in row order. Rows and cells without an "r" reference
    /// follow the previous one, as the format allows.
    /// </summary>
    private static List<SheetRow> ReadRows(WorksheetPart worksheet, CellContext context, ref int budget, out string? problem)
    {
        problem = null;
        var rows = new List<SheetRow>();
        List<SheetCell>? cells = null;
        var rowNumber = 0;
        var nextColumn = 0;
        var remaining = budget;

        bool Flush()
        {
            if (cells is { Count: > 0 })
            {
                rows.Add(new SheetRow(rowNumber, cells));
                remaining--;
            }

            cells = null;
            return remaining > 0;
        }

        using (var reader = OpenXmlReader.Create(worksheet))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row))
                {
                    if (!Flush())
                    {
                        break;
                    }

                    if (!reader.IsStartElement)
                    {
                        continue;
                    }

                    var r = Attribute(reader, "r");
                    if (r is null)
                    {
                        rowNumber++;
                    }
                    else if (!uint.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is 0 or > MaxRowNumber)
                    {
                        problem = $"số dòng '{r}' không hợp lệ / bad row number '{r}'";
                        break;
                    }
                    else
                    {
                        rowNumber = (int)number;
                    }

                    cells = [];
                    nextColumn = 0;
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var column = nextColumn;
                    if (cell.CellReference?.Value is { } reference && !ColumnLetters.TryParseReference(reference, out column))
                    {
                        problem = $"ô '{reference}' không hợp lệ / bad cell reference '{reference}'";
                        break;
                    }

                    if (column >= ColumnLetters.MaxColumns)
                    {
                        problem = $"dòng {rowNumber} có quá nhiều cột / row {rowNumber} has too many columns";
                        break;
                    }

                    nextColumn = column + 1;
                    var text = CellText(cell, context, out problem);
                    if (problem is not null)
                    {
                        problem = $"ô {ColumnLetters.Of(column)}{rowNumber}: {problem}";
                        break;
                    }

                    if (text.Length > 0)
                    {
                        cells.Add(new SheetCell(column, text));
                    }
                }
            }
        }

        if (problem is null)
        {
            Flush();
        }

        budget = remaining;
        // Rows are in order in files Excel writes; other writers may not keep it, and the parser reads top down.
        return [.. rows.OrderBy(r => r.Number)];
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>What Excel would show for the cell's value, as far as the import cares; "" for no value.</summary>
    private static string CellText(Cell cell, CellContext context, out string? problem)
    {
        problem = null;
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value ?? CellValues.Number;
        switch (type)
        {
            case CellValues.SharedString:
                if (value is null)
                {
                    return "";
                }

                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < context.Strings.Count)
                {
                    return context.Strings[index];
                }

                problem = $"chuỗi dùng chung số '{value}' không tồn tại / shared string '{value}' does not exist";
                return "";
            case CellValues.InlineString:
                return cell.InlineString is { } inline ? TextOf(inline) : value ?? "";
            case CellValues.Boolean:
                return value switch { "1" => "TRUE", "0" => "FALSE", _ => value ?? "" };
            case CellValues.String:
            case CellValues.Error:
                return value ?? "";
            case CellValues.Date:
                return value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? FormatDate(iso) : value ?? "";
            default:
                if (string.IsNullOrEmpty(value))
                {
                    return "";
                }

                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    problem = $"'{value}' không phải số / '{value}' is not a number";
                    return "";
                }

                if (cell.StyleIndex?.Value is { } style && context.Styles.IsDate((int)style) && number is >= 0 and <= MaxDateSerial)
                {
                    return FormatDate(DateTime.FromOADate(context.Date1904 ? number + 1462 : number));
                }

                // Fifteen significant digits, as Excel displays: 3.9999999999999996 is the 4 the person typed.
                return number.ToString("G15", CultureInfo.InvariantCulture);
        }
    }

    private static string FormatDate(DateTime value) =>
        value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
