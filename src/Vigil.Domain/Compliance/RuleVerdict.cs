namespace Vigil.Domain.Compliance;

/// <summary>
/// What one rule says about one computer as of a date.
/// </summary>
/// <param name="RuleId">The rule's id in its pack.</param>
/// <param name="Status">Pass, fail, unknown or not applicable.</param>
/// <param name="Remediation">The work a failing verdict asks for; None otherwise.</param>
/// <param name="Reason">A stable code such as <c>os.unsupported</c> (see <see cref="VerdictReasons"/>).</param>
/// <param name="Evidence">The facts behind the verdict, in a stable order.</param>
/// <param name="DataObservedAt">When the newest report behind the facts was observed (UTC), so views can show the data's age.</param>
public sealed record RuleVerdict(
    string RuleId,
    ComplianceStatus Status,
    RemediationKind Remediation,
    string Reason,
    IReadOnlyList<EvidenceFact> Evidence,
    DateTime? DataObservedAt);
