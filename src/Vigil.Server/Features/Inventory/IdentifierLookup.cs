using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A report's identity keys (the hostname key scoped to <paramref name="UnitId"/>) and the stored identifiers that
/// carry any of their values, read once: matching uses it, and a computer created from the report reuses it instead
/// of reading the same rows again before adding its identifiers.
/// </summary>
internal sealed record IdentifierLookup(Guid? UnitId, List<(IdentityKind Kind, string Value)> Keys, List<TakenIdentifier> Found);
