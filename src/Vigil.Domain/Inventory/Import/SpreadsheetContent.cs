namespace Vigil.Domain.Inventory.Import;

/// <summary>What a reader (XLSX or CSV) made of an uploaded file: its sheets, or why it could not be read at all.</summary>
public sealed record SpreadsheetContent(IReadOnlyList<SheetTable> Sheets, IReadOnlyList<InventoryImportError> Errors)
{
    public bool IsReadable => Errors.Count == 0;

    public static SpreadsheetContent Failed(string fileName, string code, string message, string englishMessage) =>
        new([], [new InventoryImportError(CellLocation.File(fileName), code, message, englishMessage)]);
}
