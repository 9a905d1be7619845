using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>
/// A unit's answer to a directive. The draft holds only what the unit typed (overrides and justifications, notes);
/// measurements are taken live until submission, when a frozen <see cref="ReportVersion"/> is written.
/// </summary>
public sealed class UnitReport : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid DirectiveId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>
    /// True when the report covers the unit and everything below it (a direct child of the target); false for the
    /// target's own report, which covers only rows held by the target unit itself, so the reports add up without overlap.
    /// </summary>
    public bool CoversSubtree { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>The last submitted version's number; 0 before the first submission.</summary>
    public int Version { get; set; }

    /// <summary>The unit's entries (<see cref="FigureEntry"/> list) as JSON.</summary>
    public string EntriesJson { get; set; } = "[]";

    public string? Notes { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }
}
