namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// Evidence facts whose values repeat across computers (yes/no, small numbers, days), shared instead of allocated per
/// verdict: a full re-evaluation of a million computers then allocates little beyond the verdicts themselves.
/// </summary>
internal static class SharedEvidence
{
    public static readonly YesNoFacts Enabled = new("enabled");
    public static readonly YesNoFacts RealTime = new("real_time");
    public static readonly YesNoFacts SignaturesUpToDate = new("signatures_up_to_date");
    public static readonly YesNoFacts BaselineCpu = new("baseline_cpu");
    public static readonly NumberFacts SignatureAge = new("signature_age_days");
    public static readonly NumberFacts ScanAge = new("scan_age_days");
    public static readonly NumberFacts Age = new("age_days");
    public static readonly NumberFacts RamMb = new("ram_mb");
    public static readonly NumberFacts SsdGb = new("ssd_gb");
    public static readonly NumberFacts AddRamToGb = new("add_ram_to_gb");
    public static readonly NumberFacts AddSsdGb = new("add_ssd_gb");
    public static readonly DateFacts SignatureDate = new("signature_date");
    public static readonly DateFacts LastScan = new("last_scan");
    public static readonly DateFacts ObservedAt = new("observed_at");
    public static readonly DateFacts EsuUntil = new("esu_until");
    public static readonly EvidenceFact LastScanNotReported = new("last_scan", "not reported");
    public static readonly EvidenceFact RamUnknown = new("ram_mb", "unknown");
    public static readonly EvidenceFact SsdUnknown = new("ssd_gb", "unknown");
    public static readonly EvidenceFact SeenInPrograms = new("seen_in", "installed programs");
    public static readonly EvidenceFact NoProducts = new("products_found", "none");
}
