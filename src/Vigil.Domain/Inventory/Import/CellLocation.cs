namespace Vigil.Domain.Inventory.Import;

/// <summary>Where in an uploaded file something is: sheet (or CSV file name), row and column as Excel shows them.</summary>
/// <param name="Row">Row number as Excel shows it; 0 for the file as a whole.</param>
/// <param name="Column">Column letter ("C"); empty when no single column is at fault.</param>
/// <param name="Header">The column's header as written in the file, or the template's header for a missing column.</param>
public sealed record CellLocation(string Sheet, int Row, string Column, string Header)
{
    public static CellLocation File(string name) => new(name, 0, "", "");

    public override string ToString() => Row == 0 ? Sheet : $"{Sheet}!{Column}{Row}";
}
