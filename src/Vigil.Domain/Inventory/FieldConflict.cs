namespace Vigil.Domain.Inventory;

/// <summary>Sources disagree about a fact; a person decides which one to believe.</summary>
public sealed record FieldConflict(string Field, IReadOnlyList<ConflictingValue> Values);

public sealed record ConflictingValue(InventorySource Source, string SourceKey, string Value, DateTime ObservedAt);
