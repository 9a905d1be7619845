using System.Xml.Linq;

namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// The cells of spreadsheet sheets (XLSX) and Word tables (DOCX) as <see cref="TableRow"/>s, for
/// <see cref="TableIndicatorParser"/>. Values are the displayed text for strings; numbers and dates are their stored
/// value (a date typed as a date in Excel arrives as a serial number and is not read as a date).
/// </summary>
internal static class OfficeTables
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static (List<(string Name, List<TableRow> Rows)> Tables, string? Problem) Xlsx(ZipPackage package)
    {
        var workbook = package.Part("xl/workbook.xml", out var problem);
        if (workbook is null)
        {
            return ([], problem ?? "The file has no xl/workbook.xml: it is not an XLSX workbook.");
        }

        var targets = package.Part("xl/_rels/workbook.xml.rels", out problem)?.Root?.Elements(PackageRelationships + "Relationship")
            .Where(r => r.Attribute("Id") is not null && r.Attribute("Target") is not null)
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!, StringComparer.Ordinal) ?? [];
        var shared = package.Part("xl/sharedStrings.xml", out problem)?.Root?.Elements(Sheet + "si")
            .Select(si => string.Concat(si.Descendants(Sheet + "t").Where(t => t.Parent?.Name != Sheet + "rPh").Select(t => t.Value))).ToList() ?? [];
        if (problem is not null)
        {
            return ([], problem);
        }

        var tables = new List<(string, List<TableRow>)>();
        foreach (var sheet in workbook.Root?.Element(Sheet + "sheets")?.Elements(Sheet + "sheet") ?? [])
        {
            var name = (string?)sheet.Attribute("name") ?? "sheet";
            if ((string?)sheet.Attribute(Relationships + "id") is not { } id || !targets.TryGetValue(id, out var target))
            {
                continue;
            }

            var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
            var document = package.Part(path, out problem);
            if (problem is not null)
            {
                return ([], problem);
            }

            tables.Add((name, SheetRows(document, shared)));
        }

        return (tables, null);
    }

    private static List<TableRow> SheetRows(XDocument? sheet, List<string> shared)
    {
        var rows = new List<TableRow>();
        var next = 1;
        foreach (var row in sheet?.Root?.Element(Sheet + "sheetData")?.Elements(Sheet + "row") ?? [])
        {
            var number = int.TryParse((string?)row.Attribute("r"), out var r) && r > 0 ? r : next;
            next = number + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements(Sheet + "c"))
            {
                var column = ColumnIndex((string?)cell.Attribute("r")) ?? cells.Count;
                if (column > 16_384)
                {
                    continue;
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                var value = (string?)cell.Element(Sheet + "v") ?? "";
                var text = (string?)cell.Attribute("t") switch
                {
                    "s" => int.TryParse(value, out var index) && index >= 0 && index < shared.Count ? shared[index] : "",
                    "inlineStr" => string.Concat(cell.Descendants(Sheet + "t").Select(t => t.Value)),
                    "b" => value == "1" ? "TRUE" : "FALSE",
                    _ => value,
                };
                if (cells.Count == column)
                {
                    cells.Add(text);
                }
                else
                {
                    cells[column] = text;
                }
            }

            rows.Add(new TableRow(number, cells));
        }

        return rows;
    }

    /// <summary>"C5" → 2; null when the reference has no column letters.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c) || letters == 3)
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }

        return letters == 0 ? null : index - 1;
    }

    /// <summary>The top-level tables of word/document.xml; a merged cell (gridSpan) keeps the columns aligned.</summary>
    public static (List<(string Name, List<TableRow> Rows)> Tables, string? Problem) Docx(ZipPackage package)
    {
        var document = package.Part("word/document.xml", out var problem);
        if (document?.Root is null)
        {
            return ([], problem ?? "The file has no word/document.xml: it is not a DOCX document.");
        }

        var tables = new List<(string, List<TableRow>)>();
        foreach (var table in document.Root.Descendants(Word + "tbl").Where(t => !t.Ancestors(Word + "tbl").Any()))
        {
            var rows = new List<TableRow>();
            foreach (var row in table.Elements(Word + "tr"))
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements(Word + "tc"))
                {
                    cells.Add(CellText(cell));
                    var span = int.TryParse((string?)cell.Element(Word + "tcPr")?.Element(Word + "gridSpan")?.Attribute(Word + "val"), out var value) ? value : 1;
                    for (var s = 1; s < Math.Min(span, 64); s++)
                    {
                        cells.Add("");
                    }
                }

                rows.Add(new TableRow(rows.Count + 1, cells));
            }

            tables.Add(($"table {tables.Count + 1}", rows));
        }

        return (tables, null);
    }

    /// <summary>The paragraphs of a cell joined by spaces, without the text of tables nested in it.</summary>
    private static string CellText(XElement cell) =>
        string.Join(" ", cell.Elements(Word + "p").Select(p => string.Concat(p.Descendants()
            .Where(e => e.Name == Word + "t" || e.Name == Word + "tab" || e.Name == Word + "br")
            .Select(e => e.Name == Word + "t" ? e.Value : " "))).Where(t => t.Length > 0)).Trim();
}
