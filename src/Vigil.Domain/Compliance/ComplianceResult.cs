using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>
/// The current verdict of one rule for one computer, replaced when a later evaluation changes it. Only changed
/// verdicts are written: <see cref="AsOf"/> and <see cref="Fingerprint"/> name the evaluation that produced this
/// verdict, while the computer's row records its latest evaluation (a daily re-evaluation confirms most verdicts
/// without rewriting them).
/// </summary>
public sealed class ComplianceResult : IUnitOwned
{
    public Guid ComputerId { get; set; }

    public string RuleId { get; set; } = "";

    public Guid UnitId { get; set; }

    public ComplianceStatus Status { get; set; }

    public RemediationKind Remediation { get; set; }

    /// <summary>Stable reason code from the engine, e.g. "os.unsupported".</summary>
    public string Reason { get; set; } = "";

    /// <summary>The verdict's evidence as a JSON array of {name, value}.</summary>
    public string EvidenceJson { get; set; } = "[]";

    /// <summary>When the facts behind the verdict were observed (the newest report), UTC.</summary>
    public DateTime? DataObservedAt { get; set; }

    public DateOnly AsOf { get; set; }

    public string Fingerprint { get; set; } = "";

    /// <summary>When the computer entered <see cref="Status"/>; unchanged while only the evidence moves.</summary>
    public DateTime Since { get; set; }

    public DateTime EvaluatedAt { get; set; }
}
