using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>A submitted report, frozen: the figures (measured, reported, justification) as they were at submission.</summary>
public sealed class ReportVersion : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public Guid DirectiveId { get; set; }

    public Guid UnitId { get; set; }

    public int Version { get; set; }

    /// <summary>The <see cref="FigureValue"/> list as JSON; never changed after it is written.</summary>
    public string SnapshotJson { get; set; } = "[]";

    public string? Notes { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string SubmittedBy { get; set; } = "";

    public Guid? SubmittedById { get; set; }

    /// <summary>Submitted after the deadline.</summary>
    public bool Late { get; set; }

    /// <summary>When and why the coordinator sent this version back.</summary>
    public DateTime? ReopenedAt { get; set; }

    public string? ReopenedBy { get; set; }

    public string? ReopenReason { get; set; }
}
