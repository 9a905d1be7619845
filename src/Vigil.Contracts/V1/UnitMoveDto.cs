namespace Vigil.Contracts.V1;

/// <summary>Moves a unit and its whole subtree under <paramref name="NewParentId"/> (null: make it a root).</summary>
public sealed record UnitMoveDto(Guid? NewParentId);
