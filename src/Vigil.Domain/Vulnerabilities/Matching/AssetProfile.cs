namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// One computer or network device as the matcher sees it: the products it is mapped to, the Windows updates
/// installed (upper-case "KB4012212"), and the software that could not be named as a CPE (listed, never guessed).
/// </summary>
public sealed record AssetProfile
{
    public required string Id { get; init; }

    public required AssetKind Kind { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The product line for matching bulletin rows by name ("Windows 7", "Cisco ASA"), when known.</summary>
    public string? Release { get; init; }

    public IReadOnlyList<AssetProduct> Products { get; init; } = [];

    public IReadOnlySet<string> Hotfixes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> UnmappedSoftware { get; init; } = [];
}
