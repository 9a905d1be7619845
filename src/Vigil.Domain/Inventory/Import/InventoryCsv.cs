using Vigil.Domain.Common.Csv;

namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// Reads one inventory CSV (computers or network devices, told apart by the header) into a sheet named after the
/// file: UTF-8 with or without BOM, comma or semicolon separated, as Excel and LibreOffice save "CSV UTF-8".
/// </summary>
public static class InventoryCsv
{
    public static SpreadsheetContent Read(ReadOnlySpan<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SpreadsheetContent.Failed(fileName, ImportCodes.CsvNotUtf8,
                "Tệp được lưu dạng Unicode (UTF-16); hãy lưu lại với kiểu \"CSV UTF-8 (Comma delimited)\" hoặc dùng tệp .xlsx.",
                "The file is saved as Unicode (UTF-16); save it again as \"CSV UTF-8 (Comma delimited)\" or use an .xlsx file.");
        }

        var document = CsvReader.Read(content);
        if (document.Problems.Count > 0)
        {
            return new SpreadsheetContent([], [.. document.Problems.Select(p => new InventoryImportError(
                new CellLocation(fileName, p.Row, "", ""),
                p.Code == "csv.not_utf8" ? ImportCodes.CsvNotUtf8 : ImportCodes.CsvUnterminatedQuote,
                p.Code == "csv.not_utf8"
                    ? $"Tệp không phải UTF-8 (dòng {p.Row}); trong Excel hãy lưu với kiểu \"CSV UTF-8 (Comma delimited)\", hoặc dùng tệp .xlsx."
                    : $"Một ô bắt đầu bằng dấu ngoặc kép ở dòng {p.Row} nhưng không có dấu ngoặc kép đóng.",
                p.Message))]);
        }

        var rows = new List<SheetRow>(document.Records.Count);
        foreach (var record in document.Records)
        {
            var cells = new List<SheetCell>();
            for (var i = 0; i < record.Fields.Count && i < ColumnLetters.MaxColumns; i++)
            {
                if (record.Fields[i].Length > 0)
                {
                    cells.Add(new SheetCell(i, record.Fields[i]));
                }
            }

            rows.Add(new SheetRow(record.Row, cells));
        }

        return new SpreadsheetContent([new SheetTable(fileName, rows)], []);
    }
}
