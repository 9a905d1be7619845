namespace Vigil.Domain.Inventory;

/// <summary>The latest snapshot one source holds about a computer.</summary>
public sealed record SourceSnapshot(InventorySource Source, string SourceKey, DateTime ObservedAt, InventorySnapshot Snapshot);
