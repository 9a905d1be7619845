using Vigil.Domain.Common;

namespace Vigil.Domain.Isolation;

/// <summary>
/// One isolation of one computer, from the request to the release; a computer has at most one that is not released,
/// earlier ones stay as history. <see cref="IncidentId"/> is stored as given (no foreign key): incidents link to it.
/// </summary>
public sealed class HostIsolation : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid ComputerId { get; set; }

    public IsolationMode Mode { get; set; }

    public IsolationStatus Status { get; set; }

    public string? Reason { get; set; }

    public Guid? IncidentId { get; set; }

    public Guid? RequestedBy { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The agent and its "isolate" command (agent mode).</summary>
    public Guid? AgentId { get; set; }

    public Guid? IsolateCommandId { get; set; }

    public Guid? ReleaseCommandId { get; set; }

    public DateTime? ReleasedAt { get; set; }

    /// <summary>True while it holds the computer or is on its way; failed (rolled back) and released ones are history.</summary>
    public bool IsOpen => Status is IsolationStatus.Requested or IsolationStatus.Applied or IsolationStatus.ReleaseRequested;
}
