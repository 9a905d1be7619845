namespace Vigil.Domain.Vulnerabilities.Stored;

/// <summary>One CVE × product line of a stored bulletin.</summary>
public sealed class StoredBulletinRow
{
    public Guid Id { get; set; }

    public Guid BulletinId { get; set; }

    /// <summary>The row's position in the bulletin, so it reads back in the document's order.</summary>
    public int Position { get; set; }

    public string CveId { get; set; } = "";

    public string Product { get; set; } = "";

    public string? Cpe { get; set; }

    public string? Severity { get; set; }

    public double? Cvss { get; set; }

    public bool Exploited { get; set; }

    public string FixText { get; set; } = "";

    /// <summary>KB numbers, comma separated.</summary>
    public string FixKbs { get; set; } = "";

    public string? FixedVersion { get; set; }
}
