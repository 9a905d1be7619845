using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>One step of a remediation item's history, with who and when; rows are only added.</summary>
public sealed class RemediationEvent : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ItemId { get; set; }

    public Guid UnitId { get; set; }

    public DateTime At { get; set; }

    /// <summary>A person's user name, or "system" / "job:…" for evaluation.</summary>
    public string Actor { get; set; } = "";

    public Guid? ActorId { get; set; }

    public RemediationEventKind Kind { get; set; }

    public RemediationStatus? FromStatus { get; set; }

    public RemediationStatus? ToStatus { get; set; }

    /// <summary>The comment, evidence text, new owner or due date, as a person would read it.</summary>
    public string? Text { get; set; }

    /// <summary>For verification: the passing verdict (status, reason, evidence, report time) as JSON.</summary>
    public string? DataJson { get; set; }
}
