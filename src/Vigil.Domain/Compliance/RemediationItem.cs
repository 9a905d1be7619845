using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>
/// A piece of work that makes one asset comply with one rule (or, created by hand, any work on a computer). The asset
/// is a computer or, for bulletin CVEs on Cisco devices, a network device: exactly one of <see cref="ComputerId"/> and
/// <see cref="NetworkDeviceId"/> is set. At most one item per asset and rule is open (planned, in progress or done).
/// </summary>
public sealed class RemediationItem : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid? ComputerId { get; set; }

    /// <summary>The network device the work is on, for items a bulletin CVE raised on a device; null for computers.</summary>
    public Guid? NetworkDeviceId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The rule whose failure the item fixes; null for an item a person created without a rule.</summary>
    public string? RuleId { get; set; }

    public RemediationKind Kind { get; set; }

    public RemediationStatus Status { get; set; }

    /// <summary>What to do, for items a person created; rule items take their title from the rule.</summary>
    public string? Title { get; set; }

    /// <summary>The failing verdict's reason when the item was created, e.g. "triage.upgrade_parts".</summary>
    public string? Reason { get; set; }

    /// <summary>The person or team responsible, as written by the coordinator.</summary>
    public string? Owner { get; set; }

    /// <summary>Local calendar day by which the work should be done.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>For replacements: the computer that took this one's place.</summary>
    public Guid? ReplacementComputerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the item was verified or cancelled.</summary>
    public DateTime? ClosedAt { get; set; }

    public bool IsOpen => Status is RemediationStatus.Planned or RemediationStatus.InProgress or RemediationStatus.Done;
}
