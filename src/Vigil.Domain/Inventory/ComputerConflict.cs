using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory;

/// <summary>Sources disagree about a computer; open until a person picks the source to believe.</summary>
public sealed class ComputerConflict : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>One of <see cref="ComputerFacts.ConflictFields"/>, or "unit" when a source places it elsewhere.</summary>
    public string Field { get; set; } = "";

    /// <summary>Each source's value, one "source: value" per line, as shown to the person deciding.</summary>
    public string Values { get; set; } = "";

    public DateTime OpenedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public InventorySource? ChosenSource { get; set; }
}
