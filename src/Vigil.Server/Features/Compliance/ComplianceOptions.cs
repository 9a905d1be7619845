namespace Vigil.Server.Features.Compliance;

/// <summary>Compliance evaluation and remediation. Section <c>Vigil:Compliance</c>.</summary>
public sealed class ComplianceOptions
{
    public const string SectionName = "Vigil:Compliance";

    /// <summary>Computers evaluated per transaction by the evaluation job. Default 500; bounds its memory.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Days from a remediation item's creation to its default due date. Default 30.</summary>
    public int RemediationDueDays { get; set; } = 30;

    /// <summary>Most items one bulk action may change. Default 2000.</summary>
    public int MaxBulkItems { get; set; } = 2000;

    /// <summary>How long one instance holds the evaluation lease without renewing it. Default 10 minutes.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest range of the trend endpoint, in days. Default 366.</summary>
    public int MaxTrendDays { get; set; } = 366;
}
