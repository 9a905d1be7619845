namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// One CVE × product line of a bulletin. <see cref="FixKbs"/> are the Windows updates that fix it on that product
/// (NVD never carries these; bulletins and CSAF advisories do); <see cref="FixedVersion"/> is the first fixed version
/// for other products. <see cref="Cpe"/> is the product's CPE when the source gave one (CSAF product helpers).
/// </summary>
public sealed record BulletinRow
{
    public required string CveId { get; init; }

    public string Product { get; init; } = "";

    public string? Cpe { get; init; }

    public string? Severity { get; init; }

    public decimal? Cvss { get; init; }

    public bool Exploited { get; init; }

    public IReadOnlyList<string> FixKbs { get; init; } = [];

    public string? FixedVersion { get; init; }

    /// <summary>The fix as written (KB numbers, versions, a URL or words).</summary>
    public string FixText { get; init; } = "";
}
