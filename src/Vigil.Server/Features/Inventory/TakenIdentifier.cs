using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>A stored identifier as the ingest reads it (untracked): which computer and unit hold it.</summary>
internal sealed record TakenIdentifier(IdentityKind Kind, string Value, Guid UnitId, Guid ComputerId);
