using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>
/// A letter with a deadline, turned into work: one <see cref="UnitReport"/> per unit it addresses. It belongs to its
/// target unit (the root of the subtree it covers), so coordinators of that subtree manage it.
/// </summary>
public sealed class Directive : IUnitOwned
{
    public Guid Id { get; set; }

    /// <summary>The target: the root of the subtree the directive covers.</summary>
    public Guid UnitId { get; set; }

    /// <summary>Number and symbol as printed, e.g. <c>123/UBND-VHTT</c>.</summary>
    public string Number { get; set; } = "";

    /// <summary>The subject line, "V/v …".</summary>
    public string Subject { get; set; } = "";

    public string IssuingBody { get; set; } = "";

    public string? ParentBody { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>Where it was signed ("Mường Ảng"), printed before the date.</summary>
    public string? Place { get; set; }

    /// <summary>Addressees ("Kính gửi"), one per line.</summary>
    public string? Addressees { get; set; }

    /// <summary>The deadline as the letter writes it: local date and time in <see cref="TimeZone"/>.</summary>
    public DateOnly DeadlineDate { get; set; }

    public TimeOnly DeadlineTime { get; set; }

    public string TimeZone { get; set; } = Organisation.UnitTree.DefaultTimeZone;

    /// <summary><see cref="DeadlineDate"/> and <see cref="DeadlineTime"/> in UTC, for every comparison.</summary>
    public DateTime DeadlineUtc { get; set; }

    /// <summary>First local day of the period the "during the period" figures count (default the letter's date).</summary>
    public DateOnly PeriodStart { get; set; }

    public string? Requirement { get; set; }

    /// <summary>Policy pack ids the directive enforces, comma-separated.</summary>
    public string PolicyPacks { get; set; } = "";

    public string TemplateId { get; set; } = "";

    /// <summary>The figure definitions, copied from the template when the directive was created so later template edits do not change it.</summary>
    public string FiguresJson { get; set; } = "[]";

    /// <summary>Hours before the deadline at which units that have not submitted are reminded; 0 for none.</summary>
    public int ReminderHours { get; set; }

    public DateTime? ReminderSentAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}
