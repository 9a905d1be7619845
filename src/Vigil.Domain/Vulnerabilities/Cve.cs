namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// One CVE record as the NVD CVE API 2.0 describes it: the English description, the best CVSS score (v3.x before
/// v2, NVD's primary before secondary), its weaknesses and the applicability configurations that say what is affected.
/// </summary>
public sealed record Cve
{
    public required string Id { get; init; }

    public string Description { get; init; } = "";

    public CvssScore? Cvss { get; init; }

    /// <summary>CWE identifiers ("CWE-269"); NVD's placeholders (NVD-CWE-noinfo, NVD-CWE-Other) are left out.</summary>
    public IReadOnlyList<string> Cwes { get; init; } = [];

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public IReadOnlyList<NvdConfiguration> Configurations { get; init; } = [];

    /// <summary>The KEV facts NVD copies into its records (cisaExploitAdd, cisaActionDue, cisaRequiredAction), when present.</summary>
    public KevEntry? Kev { get; init; }
}
