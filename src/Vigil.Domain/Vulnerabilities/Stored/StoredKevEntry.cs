namespace Vigil.Domain.Vulnerabilities.Stored;

/// <summary>A CISA Known Exploited Vulnerabilities row in the installation's catalog (reference data, no unit).</summary>
public sealed class StoredKevEntry
{
    public string CveId { get; set; } = "";

    public string VendorProject { get; set; } = "";

    public string Product { get; set; } = "";

    public string Name { get; set; } = "";

    public DateOnly? DateAdded { get; set; }

    public DateOnly? DueDate { get; set; }

    public string RequiredAction { get; set; } = "";

    public bool KnownRansomwareUse { get; set; }

    public string Notes { get; set; } = "";

    public DateTime ImportedAt { get; set; }
}
