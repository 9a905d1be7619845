using Vigil.Domain.Common;

namespace Vigil.Domain.Isolation;

/// <summary>One recorded step of an isolation (for its own history and the incident timeline): time, actor, step, outcome, detail.</summary>
public sealed class IsolationStep : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid IsolationId { get; set; }

    public DateTime At { get; set; }

    /// <summary>A user id, "agent" (a command result) or "system".</summary>
    public string Actor { get; set; } = "";

    /// <summary>requested, command-queued, applied, failed, release-requested, released, quarantined.</summary>
    public string Step { get; set; } = "";

    /// <summary>ok, failed or pending.</summary>
    public string Outcome { get; set; } = "";

    public string? Detail { get; set; }
}
