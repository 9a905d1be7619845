namespace Vigil.Domain.Inventory;

/// <summary>One fact that changed between two reports of the same source.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
