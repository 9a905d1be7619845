using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>A switch, router, access point or firewall of a unit. The network-device work extends this record.</summary>
public sealed class NetworkDevice : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Hostname { get; set; } = "";

    /// <summary>switch, router, module, wireless or firewall.</summary>
    public string Kind { get; set; } = "";

    public string Vendor { get; set; } = "";

    public string? Model { get; set; }

    public string? SoftwareVersion { get; set; }

    public string? SerialNumber { get; set; }

    /// <summary>The address the device is managed at, in canonical form (IPv4 dotted or IPv6).</summary>
    public string? ManagementIp { get; set; }

    /// <summary>Where the device stands, as people describe it ("Phòng máy chủ tầng 2").</summary>
    public string? Location { get; set; }

    public string? Notes { get; set; }

    public string Source { get; set; } = "";

    public DateTime ObservedAt { get; set; }
}
