namespace Vigil.Domain.Compliance;

/// <summary>Where a remediation item stands: planned → in progress → done (claimed) → verified, or cancelled.</summary>
public enum RemediationStatus
{
    Planned = 0,
    InProgress = 1,

    /// <summary>A person says the work is done; evaluation has not confirmed it yet.</summary>
    Done = 2,

    /// <summary>An evaluation showed the rule passing (or the replacement passing); closed.</summary>
    Verified = 3,

    /// <summary>Closed without a fix, with a reason.</summary>
    Cancelled = 4,
}
