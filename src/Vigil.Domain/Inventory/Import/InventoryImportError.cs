namespace Vigil.Domain.Inventory.Import;

/// <summary>Why an inventory import cannot go ahead, and exactly where.</summary>
/// <param name="Code">Stable machine code such as <c>value.ram_invalid</c>; clients switch on it.</param>
/// <param name="Message">Vietnamese explanation for the person who prepared the file.</param>
/// <param name="EnglishMessage">The same in English, for the English interface.</param>
public sealed record InventoryImportError(CellLocation Location, string Code, string Message, string EnglishMessage)
{
    public override string ToString() => $"{Location} [{Location.Header}] {Code}: {EnglishMessage}";
}
