namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// One sheet of a workbook, or one CSV file, as text cells: what both readers produce and the parser consumes.
/// Blank cells and blank rows may be left out, so positions come from the numbers, never from list indexes.
/// </summary>
/// <param name="Name">The sheet's name as the workbook shows it, or the CSV file's name.</param>
public sealed record SheetTable(string Name, IReadOnlyList<SheetRow> Rows);

/// <param name="Number">The row number as Excel shows it (1-based).</param>
/// <param name="Cells">Non-empty cells in column order.</param>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public string CellText(int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell.Text;
            }
        }

        return "";
    }

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c.Text));
}

/// <param name="Column">0-based column index (A = 0).</param>
/// <param name="Text">The cell's value as text: shared and inline strings as written, numbers in invariant form, dates as yyyy-MM-dd.</param>
public sealed record SheetCell(int Column, string Text);
