namespace Vigil.Contracts.V1;

/// <summary>What one source reported; null means the source did not say.</summary>
public sealed record ComputerSnapshotDto
{
    public string? Hostname { get; init; }

    public string? Domain { get; init; }

    public string? SmbiosUuid { get; init; }

    public string? SerialNumber { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? Owner { get; init; }

    public bool? IsPersonal { get; init; }

    public string? OsFamily { get; init; }

    public string? OsName { get; init; }

    public string? OsVersion { get; init; }

    public string? OsBuild { get; init; }

    public string? OsServicePack { get; init; }

    public string? OsArchitecture { get; init; }

    public string? CpuModel { get; init; }

    public int? CpuCores { get; init; }

    public long? RamMb { get; init; }

    public string? TpmVersion { get; init; }

    public bool? Uefi { get; init; }

    public bool? SecureBoot { get; init; }

    public bool? Smb1ServerEnabled { get; init; }

    public IReadOnlyList<ComputerDiskDto>? Disks { get; init; }

    public IReadOnlyList<ComputerNetworkInterfaceDto>? NetworkInterfaces { get; init; }

    public IReadOnlyList<ComputerSecurityProductDto>? SecurityProducts { get; init; }

    public IReadOnlyList<string>? Hotfixes { get; init; }

    public IReadOnlyList<ComputerPortDto>? ListeningPorts { get; init; }

    public IReadOnlyList<ComputerSoftwareDto>? Software { get; init; }
}

public sealed record ComputerDiskDto(string? Model, string Kind, long? SizeGb);

public sealed record ComputerNetworkInterfaceDto(string? Name, string? MacAddress, IReadOnlyList<string> IpAddresses);

/// <summary>An anti-malware, EDR or firewall product as reported; null fields are "the source cannot tell".</summary>
public sealed record ComputerSecurityProductDto(
    string Name,
    string? Vendor,
    string Kind,
    string? Version,
    bool? Enabled,
    bool? RealTimeProtection,
    bool? SignaturesUpToDate,
    string? SignatureVersion,
    DateTime? SignatureDate,
    DateTime? LastScanAt);

public sealed record ComputerPortDto(string Protocol, string? Address, int Port, string? Process);

public sealed record ComputerSoftwareDto(string Name, string? Version, string? Publisher);
