using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>Writes .xlsx files with the OpenXML SDK the way Excel does: shared strings, numbers as numbers.</summary>
internal static class Workbooks
{
    /// <summary>The template with <paramref name="rows"/> appended under each named sheet's header.</summary>
    public static byte[] Fill(byte[] template, params (string Sheet, string[][] Rows)[] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var strings = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable ??= new SharedStringTable();
            foreach (var (sheetName, sheetRows) in rows)
            {
                var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
                var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
                var next = (uint)data.Elements<Row>().Count() + 1;
                foreach (var values in sheetRows)
                {
                    data.Append(RowOf(next++, values, strings.SharedStringTable));
                }
            }

            strings.SharedStringTable.Save();
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A workbook with the given sheets, rows from 1; empty values are left out as Excel does.</summary>
    public static byte[] Build(params (string Sheet, string[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows.Select((r, i) => RowOf((uint)i + 1, r, strings.SharedStringTable))));
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Numbers become number cells, everything else a shared string.</summary>
    private static Row RowOf(uint number, string[] values, SharedStringTable strings)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value.Length == 0)
            {
                continue;
            }

            var reference = ColumnLetters.Of(i) + number.ToString(CultureInfo.InvariantCulture);
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !value.StartsWith('0'))
            {
                row.Append(new Cell { CellReference = reference, CellValue = new CellValue(value) });
                continue;
            }

            strings.Append(new SharedStringItem(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture)) });
        }

        return row;
    }
}
