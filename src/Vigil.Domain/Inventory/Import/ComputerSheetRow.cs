namespace Vigil.Domain.Inventory.Import;

/// <summary>One valid row of a computers sheet.</summary>
/// <param name="Unit">The unit code's cell, so later checks of the unit can point at it.</param>
/// <param name="UnitCode">Normalised (upper-case) unit code.</param>
/// <param name="HostnameKey">The hostname as compared within a unit (upper case).</param>
public sealed record ComputerSheetRow(CellLocation Unit, string UnitCode, string HostnameKey, InventorySnapshot Snapshot)
{
    /// <summary>
    /// The import's name for this machine: the same unit and hostname in a later file update the same source record
    /// rather than adding one.
    /// </summary>
    public string SourceKey => "sheet:" + UnitCode + "/" + HostnameKey;
}
