namespace Vigil.Domain.Compliance;

/// <summary>One rule's verdict on one computer. Unknown is never counted as a pass.</summary>
public enum ComplianceStatus
{
    Pass = 0,
    Fail = 1,

    /// <summary>The data needed to decide is missing or too old; the verdict's reason says which.</summary>
    Unknown = 2,

    /// <summary>The rule does not apply to this computer (MS17-010 on Linux, triage on a supported OS).</summary>
    NotApplicable = 3,
}
