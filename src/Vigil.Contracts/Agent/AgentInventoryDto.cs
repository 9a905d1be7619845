namespace Vigil.Contracts.Agent;

/// <summary>
/// The full inventory the Vigil agent sends. Null means "not collected"; an empty list means "collected, none".
/// Dates are UTC.
/// </summary>
public sealed record AgentInventoryDto
{
    public DateTime CollectedAt { get; init; }

    public string? Hostname { get; init; }

    public string? Domain { get; init; }

    public string? SmbiosUuid { get; init; }

    public string? SerialNumber { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? Owner { get; init; }

    public bool? IsPersonal { get; init; }

    public AgentOsDto? Os { get; init; }

    public string? CpuModel { get; init; }

    public int? CpuCores { get; init; }

    public long? RamMb { get; init; }

    public List<AgentDiskDto>? Disks { get; init; }

    public string? TpmVersion { get; init; }

    public bool? Uefi { get; init; }

    public bool? SecureBoot { get; init; }

    public List<AgentNetworkInterfaceDto>? NetworkInterfaces { get; init; }

    public List<AgentSecurityProductDto>? SecurityProducts { get; init; }

    public List<string>? Hotfixes { get; init; }

    public bool? Smb1ServerEnabled { get; init; }

    public List<AgentListeningPortDto>? ListeningPorts { get; init; }

    public List<AgentSoftwareDto>? Software { get; init; }
}

/// <param name="Family">windows, linux, macos or other.</param>
public sealed record AgentOsDto(string Family, string? Name, string? Edition, string? Version, string? Build, string? ServicePack, string? Architecture, DateTime? InstalledAt);

/// <param name="Kind">ssd, hdd or unknown.</param>
public sealed record AgentDiskDto(string? Model, string Kind, long? SizeGb);

public sealed record AgentNetworkInterfaceDto(string? Name, string? MacAddress, List<string> IpAddresses);

/// <param name="Kind">antimalware, edr or firewall.</param>
public sealed record AgentSecurityProductDto(
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

/// <param name="Protocol">tcp or udp.</param>
public sealed record AgentListeningPortDto(string Protocol, string? Address, int Port, string? Process);

public sealed record AgentSoftwareDto(string Name, string? Version, string? Publisher);
