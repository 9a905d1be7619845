namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Which current verdicts a results list (or its export) shows: the computers behind one number of the dashboard.
/// All optional; enum values as in the API. <see cref="Target"/> and <see cref="Parts"/> read the upgrade triage's
/// evidence: the target a computer reaches (windows11, windows10, none) and the parts to add (ram, ssd, both).
/// </summary>
public sealed record ComplianceResultFilter
{
    public Guid? UnitId { get; init; }

    public bool IncludeSubtree { get; init; } = true;

    public string? RuleId { get; init; }

    public string? Status { get; init; }

    /// <summary>The kind of work the verdict asks for (ReinstallOs, UpgradePartsThenReinstall, Replace, …).</summary>
    public string? Remediation { get; init; }

    /// <summary>The verdict's reason code, e.g. "triage.replace_target_unsupported".</summary>
    public string? Reason { get; init; }

    public string? Target { get; init; }

    public string? Parts { get; init; }

    /// <summary>Part of the computer's hostname.</summary>
    public string? Search { get; init; }
}
