using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// An NVD cpeMatch: a CPE 2.3 name pattern and an optional version range (start/end, including/excluding).
/// <see cref="Vulnerable"/> false marks a platform the vulnerable software must run on, not an affected product.
/// </summary>
public sealed record CpeMatchCriterion
{
    public required bool Vulnerable { get; init; }

    public required CpeName Criteria { get; init; }

    public string? VersionStartIncluding { get; init; }

    public string? VersionStartExcluding { get; init; }

    public string? VersionEndIncluding { get; init; }

    public string? VersionEndExcluding { get; init; }

    public bool HasRange => VersionStartIncluding is not null || VersionStartExcluding is not null
        || VersionEndIncluding is not null || VersionEndExcluding is not null;

    /// <summary>The range in words for evidence: "≥ 17.3, < 17.3.8a".</summary>
    public string RangeText
    {
        get
        {
            var parts = new List<string>(2);
            if (VersionStartIncluding is not null) parts.Add(">= " + VersionStartIncluding);
            if (VersionStartExcluding is not null) parts.Add("> " + VersionStartExcluding);
            if (VersionEndIncluding is not null) parts.Add("<= " + VersionEndIncluding);
            if (VersionEndExcluding is not null) parts.Add("< " + VersionEndExcluding);
            return string.Join(", ", parts);
        }
    }
}
