namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>The catalogs a compliance evaluation reads; their versions go into the policy fingerprint.</summary>
public sealed record ComplianceCatalogs(OsLifecycleCatalog Lifecycle, Ms17010Catalog Ms17010, Windows11Processors Windows11Cpus)
{
    /// <summary>The embedded catalogs, without site overrides.</summary>
    public static ComplianceCatalogs Default { get; } = new(OsLifecycleCatalog.Default, Ms17010Catalog.Default, Windows11Processors.Default);

    /// <summary>"os-lifecycle 2026.11.1; ms17-010 2017.05.2; windows11-processors 2025.10.6", for fingerprints.</summary>
    public string Version => $"os-lifecycle {Lifecycle.Version}; ms17-010 {Ms17010.Version}; windows11-processors {Windows11Cpus.Version}";
}
