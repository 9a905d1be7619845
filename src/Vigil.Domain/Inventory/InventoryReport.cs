namespace Vigil.Domain.Inventory;

/// <summary>A snapshot with its provenance, ready to be merged into the inventory.</summary>
/// <param name="SourceKey">
/// The source's own stable name for the device: the OCS DEVICEID, the Vigil agent id, or "sheet:" plus the row's
/// key. Re-reports with the same key update the same source record.
/// </param>
/// <param name="UnitHint">Unit code from an OCS TAG or a spreadsheet; null when the source knows no unit.</param>
/// <param name="UnitId">The unit when the channel itself fixes it (an enrolled agent); wins over the hint.</param>
public sealed record InventoryReport(
    InventorySource Source,
    string SourceKey,
    DateTime ObservedAt,
    InventorySnapshot Snapshot,
    string? UnitHint = null,
    Guid? UnitId = null);
