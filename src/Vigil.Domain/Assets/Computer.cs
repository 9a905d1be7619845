using Vigil.Domain.Common;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Assets;

/// <summary>
/// A computer of a unit as Vigil believes it to be: the facts resolved from every source that reported it
/// (<see cref="ComputerFacts"/>). Each source's own latest report is kept in <see cref="ComputerSource"/>, and what
/// changed in <see cref="ComputerChange"/>; these columns exist so lists and rules can filter without reading JSON.
/// </summary>
public sealed class Computer : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Hostname { get; set; } = "";

    public string? Domain { get; set; }

    public string? SmbiosUuid { get; set; }

    public string? SerialNumber { get; set; }

    /// <summary>Normalised MAC addresses, comma separated.</summary>
    public string? MacAddresses { get; set; }

    public string? Manufacturer { get; set; }

    public string? Model { get; set; }

    public string? Owner { get; set; }

    /// <summary>True for a personal computer used for work (máy tính cá nhân dùng cho công việc).</summary>
    public bool IsPersonal { get; set; }

    public OsFamily OsFamily { get; set; }

    /// <summary>Product line such as "Windows 7" (<see cref="Inventory.OsRelease"/>).</summary>
    public string? OsRelease { get; set; }

    public string? OsName { get; set; }

    public string? OsVersion { get; set; }

    public string? OsEdition { get; set; }

    public string? OsBuild { get; set; }

    public string? OsServicePack { get; set; }

    public string? OsArchitecture { get; set; }

    public DateTime? OsInstalledAt { get; set; }

    public string? CpuModel { get; set; }

    public string? CpuVendor { get; set; }

    public string? CpuBrand { get; set; }

    public int? CpuGeneration { get; set; }

    public int? CpuCores { get; set; }

    public int? RamMb { get; set; }

    public string? DiskSummary { get; set; }

    public long? LargestSsdGb { get; set; }

    public long? TotalDiskGb { get; set; }

    public string? TpmVersion { get; set; }

    public bool? Uefi { get; set; }

    public bool? SecureBoot { get; set; }

    public bool? Smb1Enabled { get; set; }

    public string? SecurityProducts { get; set; }

    /// <summary>Sources that report this computer, comma separated (agent, ocs, import…).</summary>
    public string Source { get; set; } = "";

    /// <summary>The newest observation of any source.</summary>
    public DateTime ObservedAt { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public int OpenConflicts { get; set; }

    /// <summary>Fields a person pinned to a source, as "field=source" pairs separated by commas.</summary>
    public string? Pins { get; set; }

    /// <summary>Installed updates ("KB…", upper case) comma separated; empty when none, null when no source said.</summary>
    public string? Hotfixes { get; set; }

    /// <summary>The resolved security products as JSON, so compliance needs no source snapshot; null when unknown.</summary>
    public string? SecurityProductsJson { get; set; }

    /// <summary>Names of installed programs, one per line (EDR agents show only there); null when no source listed them.</summary>
    public string? InstalledSoftware { get; set; }

    /// <summary>Last day of the computer's recorded extended security updates exception, if any.</summary>
    public DateOnly? EsuUntil { get; set; }

    /// <summary>When the computer was taken out of service; retired computers keep their history but are not counted.</summary>
    public DateTime? RetiredAt { get; set; }

    /// <summary>The computer that replaced this one.</summary>
    public Guid? ReplacedBy { get; set; }

    /// <summary>Fingerprint of the policy of the latest evaluation; null means "evaluate again".</summary>
    public string? ComplianceFingerprint { get; set; }

    /// <summary>The "as of" day of the latest evaluation.</summary>
    public DateOnly? ComplianceAsOf { get; set; }

    /// <summary>The <see cref="ObservedAt"/> the latest evaluation saw: a newer report means evaluate again.</summary>
    public DateTime? ComplianceObservedAt { get; set; }
}
