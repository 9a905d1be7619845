using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>
/// A verdict that changed status or remediation for one computer and rule: the history shown on the computer page.
/// Rows are only added; a computer's first evaluation records every rule with <see cref="OldStatus"/> null.
/// </summary>
public sealed class ComplianceChange : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    public string RuleId { get; set; } = "";

    public DateTime At { get; set; }

    public DateOnly AsOf { get; set; }

    public ComplianceStatus? OldStatus { get; set; }

    public ComplianceStatus NewStatus { get; set; }

    public RemediationKind Remediation { get; set; }

    public string Reason { get; set; } = "";

    public string EvidenceJson { get; set; } = "[]";

    public DateTime? DataObservedAt { get; set; }

    public string Fingerprint { get; set; } = "";
}
