namespace Vigil.Domain.Inventory;

/// <summary>
/// A report whose unit nobody could tell (no TAG, an unknown TAG, no matching computer). It waits here, one row per
/// device, until a coordinator assigns it to a unit. It belongs to no unit, so only administrators and coordinators
/// of a top-level unit see the queue.
/// </summary>
public sealed class UnassignedReport
{
    public Guid Id { get; set; }

    public InventorySource Source { get; set; }

    public string SourceKey { get; set; } = "";

    /// <summary>What the source said about the unit, e.g. an OCS TAG that matches no unit code.</summary>
    public string? UnitHint { get; set; }

    public string? Hostname { get; set; }

    public string? OsName { get; set; }

    public DateTime ObservedAt { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public int Reports { get; set; }

    public string SnapshotJson { get; set; } = "";
}
