namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// The valid rows of an inventory file and everything wrong with it. Rows with errors are left out of the row
/// lists, but their unit codes are kept in <see cref="UnitReferences"/> so that a wrong unit is reported too.
/// </summary>
public sealed record InventorySheetParseResult(
    IReadOnlyList<ComputerSheetRow> Computers,
    IReadOnlyList<NetworkDeviceSheetRow> NetworkDevices,
    IReadOnlyList<UnitReference> UnitReferences,
    IReadOnlyList<InventoryImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>A well-formed unit code in a data row, and its cell.</summary>
public sealed record UnitReference(CellLocation Cell, string UnitCode);
