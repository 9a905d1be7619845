namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// One row of CISA's Known Exploited Vulnerabilities catalog: the vulnerability is exploited in the wild, federal
/// agencies must act by <see cref="DueDate"/>, and <see cref="KnownRansomwareUse"/> says whether ransomware used it.
/// </summary>
public sealed record KevEntry
{
    public required string CveId { get; init; }

    public string VendorProject { get; init; } = "";

    public string Product { get; init; } = "";

    public string Name { get; init; } = "";

    public DateOnly? DateAdded { get; init; }

    public DateOnly? DueDate { get; init; }

    public string RequiredAction { get; init; } = "";

    /// <summary>True when the catalog says "Known"; false for "Unknown" (CISA does not say "no").</summary>
    public bool KnownRansomwareUse { get; init; }

    public string Notes { get; init; } = "";

    public IReadOnlyList<string> Cwes { get; init; } = [];
}
