namespace Vigil.Contracts.V1;

/// <summary>An enrolled agent as people see it (the credential never leaves the server).</summary>
public sealed record AgentDto(
    Guid Id,
    Guid UnitId,
    Guid? ComputerId,
    string Hostname,
    string Platform,
    string AgentVersion,
    DateTime EnrolledAt,
    DateTime? LastSeenAt,
    DateTime? RevokedAt);

/// <param name="Kind">collect-inventory.</param>
public sealed record AgentCommandCreateDto(string? Kind);

/// <summary>A command and what became of it.</summary>
public sealed record AgentCommandStatusDto(
    Guid Id,
    Guid AgentId,
    string Kind,
    DateTime CreatedAt,
    DateTime? DeliveredAt,
    DateTime? CompletedAt,
    bool? Succeeded,
    string? Detail);
