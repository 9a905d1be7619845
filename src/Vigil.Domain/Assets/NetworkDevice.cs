using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>A switch, router, access point or firewall of a unit. Identity within a unit: serial number, then hostname.</summary>
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

    /// <summary>The software family code (<c>CiscoOsFamilies</c>: ios, ios-xe, nx-os, asa, aireos, sb-switch); null when not known.</summary>
    public string? SoftwareFamily { get; set; }

    /// <summary>The system image file the device booted.</summary>
    public string? Image { get; set; }

    /// <summary>The uptime as the device printed it at <see cref="ObservedAt"/>.</summary>
    public string? Uptime { get; set; }

    /// <summary>When the device last reloaded: the observation time minus the uptime.</summary>
    public DateTime? LastReloadAt { get; set; }

    /// <summary>The source of the latest facts: "cli" (pasted output) or "import" (spreadsheet).</summary>
    public string Source { get; set; } = "";

    public DateTime ObservedAt { get; set; }
}
