using Vigil.Contracts.Agent;
using Vigil.Domain.Agents;
using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// The one translation from the agent's wire format to the inventory's own terms. The channel fixes the unit (the
/// agent's) and the source key (the agent's id); everything else is carried over, null staying "not collected".
/// </summary>
public static class AgentInventoryMapper
{
    public static readonly TimeSpan ClockSkewAllowed = TimeSpan.FromMinutes(5);

    /// <param name="receivedAtUtc">When the server got the report; caps a collection time from a clock running fast.</param>
    public static InventoryReport ToReport(AgentInventoryDto dto, Guid agentId, Guid unitId, DateTime receivedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var snapshot = new InventorySnapshot
        {
            Hostname = Clean(dto.Hostname),
            Domain = Clean(dto.Domain),
            SmbiosUuid = Clean(dto.SmbiosUuid),
            SerialNumber = Clean(dto.SerialNumber),
            Manufacturer = Clean(dto.Manufacturer),
            Model = Clean(dto.Model),
            Owner = Clean(dto.Owner),
            IsPersonal = dto.IsPersonal,
            Os = dto.Os is { } os ? ToOs(os) : null,
            CpuModel = Clean(dto.CpuModel),
            CpuCores = dto.CpuCores is > 0 ? dto.CpuCores : null,
            RamMb = dto.RamMb is > 0 ? dto.RamMb : null,
            Disks = dto.Disks?.ConvertAll(d => new DiskInfo(Clean(d.Model), DiskKindOf(d.Kind), d.SizeGb is >= 0 ? d.SizeGb : null)),
            TpmVersion = Clean(dto.TpmVersion),
            Uefi = dto.Uefi,
            SecureBoot = dto.SecureBoot,
            NetworkInterfaces = dto.NetworkInterfaces?.ConvertAll(n => new NetworkInterfaceInfo(Clean(n.Name), Clean(n.MacAddress)?.ToUpperInvariant(), n.IpAddresses ?? [])),
            SecurityProducts = dto.SecurityProducts?.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(ToProduct).ToList(),
            Hotfixes = dto.Hotfixes?.Where(h => h is not null).Select(h => h.Trim().ToUpperInvariant()).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Smb1ServerEnabled = dto.Smb1ServerEnabled,
            ListeningPorts = dto.ListeningPorts?
                .Where(p => p.Protocol is "tcp" or "udp" && p.Port is > 0 and <= 65535)
                .Select(p => new ListeningPort(p.Protocol, Clean(p.Address), p.Port, Clean(p.Process))).ToList(),
            Software = dto.Software?.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s => new SoftwareItem(s.Name.Trim(), Clean(s.Version), Clean(s.Publisher))).ToList(),
        };
        var collectedAt = DateTime.SpecifyKind(dto.CollectedAt, DateTimeKind.Utc);
        var observedAt = dto.CollectedAt == default || collectedAt > receivedAtUtc + ClockSkewAllowed ? receivedAtUtc : collectedAt;
        return new InventoryReport(InventorySource.Agent, agentId.ToString(), observedAt, snapshot, UnitHint: null, UnitId: unitId);
    }

    private static OsInfo ToOs(AgentOsDto os) => new()
    {
        Family = os.Family?.ToLowerInvariant() switch
        {
            "windows" => OsFamily.Windows,
            "linux" => OsFamily.Linux,
            "macos" => OsFamily.MacOs,
            null or "" => OsFamily.Unknown,
            _ => OsFamily.Other,
        },
        Name = Clean(os.Name),
        Edition = Clean(os.Edition),
        Version = Clean(os.Version),
        Build = Clean(os.Build),
        ServicePack = Clean(os.ServicePack),
        Architecture = Clean(os.Architecture),
        InstalledAt = os.InstalledAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
    };

    private static SecurityProduct ToProduct(AgentSecurityProductDto p) => new()
    {
        Name = p.Name.Trim(),
        Vendor = Clean(p.Vendor),
        Kind = p.Kind?.ToLowerInvariant() switch
        {
            "edr" => SecurityProductKind.Edr,
            "firewall" => SecurityProductKind.Firewall,
            _ => SecurityProductKind.AntiMalware,
        },
        Version = Clean(p.Version),
        Enabled = p.Enabled,
        RealTimeProtection = p.RealTimeProtection,
        SignaturesUpToDate = p.SignaturesUpToDate,
        SignatureVersion = Clean(p.SignatureVersion),
        SignatureDate = p.SignatureDate is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null,
        LastScanAt = p.LastScanAt is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : null,
    };

    private static DiskKind DiskKindOf(string? kind) => kind?.ToLowerInvariant() switch
    {
        "ssd" => DiskKind.Ssd,
        "hdd" => DiskKind.Hdd,
        _ => DiskKind.Unknown,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
