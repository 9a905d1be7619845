using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory;

/// <summary>A history row: what one source's report changed, or what a person decided.</summary>
public sealed class ComputerChange : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    public InventorySource Source { get; set; }

    public DateTime ObservedAt { get; set; }

    /// <summary>A snapshot field (see <see cref="SnapshotDiff"/>), or "source" when a source first reports.</summary>
    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>The person behind a manual change; null for reports.</summary>
    public string? Actor { get; set; }
}
