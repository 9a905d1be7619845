using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance;

/// <summary>
/// The engine's input: one computer's resolved facts, flattened for evaluation. Null always means "not known",
/// never "no": a rule that needs a null fact answers Unknown.
/// </summary>
public sealed record ComplianceFacts
{
    public Guid ComputerId { get; init; }

    public OsFamily OsFamily { get; init; }

    /// <summary>The product name as reported, e.g. "Microsoft Windows 7 Professional".</summary>
    public string? OsName { get; init; }

    /// <summary>The product line (<see cref="Inventory.OsRelease"/>), e.g. "Windows 7"; rules' <c>os_releases</c> match on it.</summary>
    public string? OsRelease { get; init; }

    public string? OsEdition { get; init; }

    public string? OsVersion { get; init; }

    public string? OsBuild { get; init; }

    public string? OsArchitecture { get; init; }

    public string? CpuModel { get; init; }

    /// <summary>Memory the OS sees, in MB (a 4 GB machine often reports 3.9 GB or less; see the triage tolerance).</summary>
    public int? RamMb { get; init; }

    /// <summary>Largest solid-state disk in decimal GB; 0 when every disk is known and none is an SSD.</summary>
    public long? LargestSsdGb { get; init; }

    /// <summary>All disks together, decimal GB.</summary>
    public long? TotalDiskGb { get; init; }

    /// <summary>"2.0", "1.2", or "none" when the source checked and found no TPM.</summary>
    public string? TpmVersion { get; init; }

    public bool? Uefi { get; init; }

    public bool? SecureBoot { get; init; }

    /// <summary>Whether the SMB server still accepts SMBv1.</summary>
    public bool? Smb1Enabled { get; init; }

    /// <summary>Personal computer used for work; false when nobody said so.</summary>
    public bool IsPersonal { get; init; }

    /// <summary>Installed updates as "KB" identifiers, upper case.</summary>
    public IReadOnlyList<string>? Hotfixes { get; init; }

    public IReadOnlyList<SecurityProduct>? SecurityProducts { get; init; }

    /// <summary>
    /// Names of installed programs. EDR agents rarely register with Windows Security Center, so the installed-programs
    /// list is where they show; a reported list without the product is evidence that it is missing.
    /// </summary>
    public IReadOnlyList<string>? InstalledSoftware { get; init; }

    /// <summary>The newest report behind these facts, UTC.</summary>
    public DateTime ObservedAt { get; init; }

    /// <summary>The computer's recorded extended-security-updates exception: the current OS counts as supported until this day.</summary>
    public DateOnly? EsuUntil { get; init; }

    public static ComplianceFacts From(Guid computerId, InventorySnapshot resolved, DateTime observedAt, DateOnly? esuUntil)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var os = resolved.Os;
        return new ComplianceFacts
        {
            ComputerId = computerId,
            OsFamily = os?.Family ?? OsFamily.Unknown,
            OsName = os?.Name,
            OsRelease = Inventory.OsRelease.Of(os),
            OsEdition = os?.Edition,
            OsVersion = os?.Version,
            OsBuild = os?.Build,
            OsArchitecture = os?.Architecture,
            CpuModel = resolved.CpuModel,
            RamMb = resolved.RamMb is { } ram ? (int)Math.Clamp(ram, 0, int.MaxValue) : null,
            LargestSsdGb = LargestSsd(resolved.Disks),
            TotalDiskGb = TotalDisk(resolved.Disks),
            TpmVersion = resolved.TpmVersion,
            Uefi = resolved.Uefi,
            SecureBoot = resolved.SecureBoot,
            Smb1Enabled = resolved.Smb1ServerEnabled,
            IsPersonal = resolved.IsPersonal ?? false,
            Hotfixes = resolved.Hotfixes,
            SecurityProducts = resolved.SecurityProducts,
            InstalledSoftware = resolved.Software is { } software ? Names(software) : null,
            ObservedAt = observedAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(observedAt, DateTimeKind.Utc) : observedAt.ToUniversalTime(),
            EsuUntil = esuUntil,
        };
    }

    /// <summary>
    /// The largest SSD; 0 only when every disk's kind is known and none is solid-state, because a disk of unknown kind
    /// might be the SSD the triage asks for.
    /// </summary>
    internal static long? LargestSsd(IReadOnlyList<DiskInfo>? disks)
    {
        if (disks is null || disks.Count == 0)
        {
            return null;
        }

        long? largest = null;
        var anyUnknown = false;
        foreach (var disk in disks)
        {
            if (disk.Kind == DiskKind.Ssd)
            {
                if (disk.SizeGb is { } size)
                {
                    largest = Math.Max(largest ?? 0, size);
                }
                else
                {
                    anyUnknown = true;
                }
            }
            else if (disk.Kind == DiskKind.Unknown)
            {
                anyUnknown = true;
            }
        }

        return largest ?? (anyUnknown ? null : 0);
    }

    internal static long? TotalDisk(IReadOnlyList<DiskInfo>? disks)
    {
        if (disks is null || disks.Count == 0)
        {
            return null;
        }

        long total = 0;
        foreach (var disk in disks)
        {
            if (disk.SizeGb is not { } size)
            {
                return null;
            }

            total += size;
        }

        return total;
    }

    private static string[] Names(IReadOnlyList<SoftwareItem> software)
    {
        var names = new string[software.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = software[i].Name;
        }

        return names;
    }
}
