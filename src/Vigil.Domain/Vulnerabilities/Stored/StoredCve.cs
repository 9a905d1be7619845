namespace Vigil.Domain.Vulnerabilities.Stored;

/// <summary>
/// A CVE of the installation's catalog (reference data, no unit). The applicability configurations are kept as the
/// NVD API's own <c>configurations</c> JSON so the engine's importer re-reads them exactly as it read the upload.
/// </summary>
public sealed class StoredCve
{
    /// <summary>The CVE id ("CVE-2017-0143"), upper case.</summary>
    public string Id { get; set; } = "";

    public string Description { get; set; } = "";

    public double? CvssScore { get; set; }

    public string? CvssSeverity { get; set; }

    public string? CvssVersion { get; set; }

    public string? CvssVector { get; set; }

    /// <summary>CWE ids, comma separated.</summary>
    public string Cwes { get; set; } = "";

    public DateTime? PublishedAt { get; set; }

    /// <summary>NVD's lastModified: a re-import replaces the record unless the stored one is newer.</summary>
    public DateTime? LastModifiedAt { get; set; }

    /// <summary>The NVD <c>configurations</c> array as JSON ("[]" when NVD has not analysed the CVE yet).</summary>
    public string ConfigurationsJson { get; set; } = "[]";

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";
}
