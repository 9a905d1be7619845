namespace Vigil.Contracts.V1;

public sealed record AuditEntryDto(
    Guid Id,
    DateTime At,
    string ActorName,
    string Action,
    string EntityType,
    string EntityId,
    Guid? UnitId,
    string? Before,
    string? After);
