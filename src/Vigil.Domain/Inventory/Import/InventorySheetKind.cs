namespace Vigil.Domain.Inventory.Import;

/// <summary>What the rows of a sheet describe.</summary>
public enum InventorySheetKind
{
    Computers = 0,
    NetworkDevices = 1,
}
