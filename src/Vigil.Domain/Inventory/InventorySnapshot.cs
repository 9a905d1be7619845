namespace Vigil.Domain.Inventory;

/// <summary>
/// What one source said about one computer at one moment, in Vigil's own terms. Every parser (OCS XML, the Vigil
/// agent, spreadsheets) produces this; null always means "the source did not say", never "no" or "none".
/// </summary>
public sealed record InventorySnapshot
{
    public string? Hostname { get; init; }

    /// <summary>Windows domain or workgroup, or the Linux domain name.</summary>
    public string? Domain { get; init; }

    /// <summary>SMBIOS system UUID as the firmware reports it.</summary>
    public string? SmbiosUuid { get; init; }

    public string? SerialNumber { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    /// <summary>The person the machine belongs to or who last signed in.</summary>
    public string? Owner { get; init; }

    /// <summary>Personal computer used for work; only people (spreadsheets, agent settings) can say so.</summary>
    public bool? IsPersonal { get; init; }

    public OsInfo? Os { get; init; }

    public string? CpuModel { get; init; }

    public int? CpuCores { get; init; }

    public long? RamMb { get; init; }

    public IReadOnlyList<DiskInfo>? Disks { get; init; }

    /// <summary>"2.0", "1.2", or "none" when the source checked and found no TPM.</summary>
    public string? TpmVersion { get; init; }

    public bool? Uefi { get; init; }

    public bool? SecureBoot { get; init; }

    public IReadOnlyList<NetworkInterfaceInfo>? NetworkInterfaces { get; init; }

    public IReadOnlyList<SecurityProduct>? SecurityProducts { get; init; }

    /// <summary>Installed updates as "KB" identifiers, upper case.</summary>
    public IReadOnlyList<string>? Hotfixes { get; init; }

    /// <summary>Whether the SMB server still accepts SMBv1.</summary>
    public bool? Smb1ServerEnabled { get; init; }

    public IReadOnlyList<ListeningPort>? ListeningPorts { get; init; }

    public IReadOnlyList<SoftwareItem>? Software { get; init; }

    /// <summary>Free text a person wrote about the machine (a spreadsheet's notes column).</summary>
    public string? Notes { get; init; }
}

public sealed record OsInfo
{
    public OsFamily Family { get; init; }

    /// <summary>The product name as reported, e.g. "Microsoft Windows 7 Professional".</summary>
    public string? Name { get; init; }

    public string? Edition { get; init; }

    /// <summary>Kernel or marketing version, e.g. "6.1.7601" or "22H2" or "12 (bookworm)".</summary>
    public string? Version { get; init; }

    public string? Build { get; init; }

    public string? ServicePack { get; init; }

    /// <summary>"x64", "x86", "arm64".</summary>
    public string? Architecture { get; init; }

    public DateTime? InstalledAt { get; init; }
}

public enum OsFamily
{
    Unknown = 0,
    Windows = 1,
    Linux = 2,
    MacOs = 3,
    Other = 4,
}

public enum DiskKind
{
    Unknown = 0,
    Ssd = 1,
    Hdd = 2,
}

public sealed record DiskInfo(string? Model, DiskKind Kind, long? SizeGb);

public sealed record NetworkInterfaceInfo(string? Name, string? MacAddress, IReadOnlyList<string> IpAddresses);

public enum SecurityProductKind
{
    AntiMalware = 0,
    Edr = 1,
    Firewall = 2,
}

/// <summary>An anti-malware, EDR or firewall product; null fields are "the source cannot tell".</summary>
public sealed record SecurityProduct
{
    public string Name { get; init; } = "";

    public string? Vendor { get; init; }

    public SecurityProductKind Kind { get; init; }

    public string? Version { get; init; }

    public bool? Enabled { get; init; }

    public bool? RealTimeProtection { get; init; }

    public bool? SignaturesUpToDate { get; init; }

    public string? SignatureVersion { get; init; }

    public DateTime? SignatureDate { get; init; }

    public DateTime? LastScanAt { get; init; }
}

public sealed record ListeningPort(string Protocol, string? Address, int Port, string? Process);

public sealed record SoftwareItem(string Name, string? Version, string? Publisher);
