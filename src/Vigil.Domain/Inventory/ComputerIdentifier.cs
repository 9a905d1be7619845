using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory;

/// <summary>One identifier (UUID, serial, MAC, hostname-in-unit) that points at a computer; unique per kind.</summary>
public sealed class ComputerIdentifier : IUnitOwned
{
    public IdentityKind Kind { get; set; }

    public string Value { get; set; } = "";

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }
}
