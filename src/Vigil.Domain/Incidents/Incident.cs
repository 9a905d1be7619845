using Vigil.Domain.Common;

namespace Vigil.Domain.Incidents;

/// <summary>
/// A security incident of one unit: what happened, to what, who handles it and how far the response is. The fields
/// after <see cref="DetectedAt"/> are the ones the initial and closure reports of Circular 20/2017/TT-BTTTT ask for.
/// </summary>
public sealed class Incident : IUnitOwned
{
    public Guid Id { get; set; }

    /// <summary>The unit that owns the incident (the owner of the affected system).</summary>
    public Guid UnitId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public IncidentSeverity Severity { get; set; }

    public IncidentStatus Status { get; set; }

    public DateTime DetectedAt { get; set; }

    /// <summary>How it was detected: "manual", "alert", "log hunting", a person's report…</summary>
    public string DetectionMethod { get; set; } = "";

    public string? Impact { get; set; }

    /// <summary>The affected information system and its owner body, as the report names them.</summary>
    public string? AffectedSystem { get; set; }

    public string? SystemOwner { get; set; }

    /// <summary>Who has already been told (response team, parent body…), free text.</summary>
    public string? NotifiedParties { get; set; }

    public string? MeasuresTaken { get; set; }

    public string? ReporterName { get; set; }

    /// <summary>Phone and e-mail of the reporter, printed on the report.</summary>
    public string? ReporterContact { get; set; }

    public Guid? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    /// <summary>The regulation in force at detection, whose deadline <see cref="ReportDueAt"/> is.</summary>
    public string RegulationId { get; set; } = "";

    public DateTime? ReportDueAt { get; set; }

    /// <summary>When the initial report was marked as sent; the deadline stops counting then.</summary>
    public DateTime? ReportedAt { get; set; }

    /// <summary>The rule that opened it from an alert, or null when a person opened it.</summary>
    public string? OpenedByRule { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>When the "deadline approaching" notice went out, so it goes out once.</summary>
    public DateTime? DeadlineWarnedAt { get; set; }

    /// <summary>When the "deadline passed" notice went out.</summary>
    public DateTime? OverdueNotifiedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}
