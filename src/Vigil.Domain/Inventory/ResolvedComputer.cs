namespace Vigil.Domain.Inventory;

/// <summary>
/// The computer as Vigil believes it to be after weighing every source: each fact from one source, with the
/// disagreements that a person still has to settle.
/// </summary>
public sealed record ResolvedComputer(
    InventorySnapshot Facts,
    IReadOnlyDictionary<string, InventorySource> FactSources,
    IReadOnlyList<FieldConflict> Conflicts,
    DateTime LastObservedAt);
