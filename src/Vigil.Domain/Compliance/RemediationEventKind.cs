namespace Vigil.Domain.Compliance;

/// <summary>What happened to a remediation item in one step of its history.</summary>
public enum RemediationEventKind
{
    Created = 0,
    StatusChanged = 1,
    OwnerChanged = 2,
    DueChanged = 3,

    /// <summary>The failing verdict now asks for another kind of work (e.g. triage moved from upgrade to replace).</summary>
    KindChanged = 4,
    Comment = 5,

    /// <summary>Text a person gives as proof of the work (receipt number, photo reference, ticket).</summary>
    Evidence = 6,

    /// <summary>An evaluation confirmed the fix; the event carries the verdict and the report time.</summary>
    Verified = 7,
    ReplacementLinked = 8,
}
