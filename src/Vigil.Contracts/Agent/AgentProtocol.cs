namespace Vigil.Contracts.Agent;

/// <summary>Paths of the agent protocol, relative to the server's base address.</summary>
public static class AgentProtocol
{
    public const string Enrol = "agent/v1/enrol";
    public const string Inventory = "agent/v1/inventory";
    public const string Heartbeat = "agent/v1/heartbeat";

    /// <summary>Format with the command id.</summary>
    public const string CommandResult = "agent/v1/commands/{0}/result";

    /// <summary>Header carrying the spool item's key so a retried delivery is stored once.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";
}

/// <summary>Sent once with a one-time enrolment token; the answer carries the agent's own credential.</summary>
public sealed record EnrolRequestDto(string EnrolmentToken, string Hostname, string? SmbiosUuid, string AgentVersion, string Platform);

/// <param name="Credential">Shown once; the agent sends it as a bearer token from then on.</param>
public sealed record EnrolResponseDto(Guid AgentId, string Credential, string UnitCode, string UnitName, int HeartbeatSeconds, int InventoryHours);

/// <param name="Status">stored, unchanged or duplicate (the idempotency key was seen before).</param>
public sealed record InventoryReceiptDto(string Status, Guid? ComputerId);

public sealed record HeartbeatRequestDto(string AgentVersion, DateTime SentAt, int SpoolDepth);

public sealed record HeartbeatResponseDto(DateTime ServerTime, List<AgentCommandDto> Commands);

/// <param name="Kind">collect-inventory (more kinds arrive with isolation).</param>
public sealed record AgentCommandDto(Guid Id, string Kind, string? Payload);

public sealed record CommandResultDto(bool Succeeded, string? Detail);
