using Vigil.Domain.Common;

namespace Vigil.Domain.Agents;

/// <summary>Work a person asked an agent to do; handed out with heartbeats until the agent reports a result.</summary>
public sealed class AgentCommand : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid AgentId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>One of <see cref="AgentCommandKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string? Payload { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When a heartbeat last handed it out; it is handed out again if no result comes within a while.</summary>
    public DateTime? DeliveredAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public bool? Succeeded { get; set; }

    public string? Detail { get; set; }
}
