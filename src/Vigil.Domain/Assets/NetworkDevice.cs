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

    public string Source { get; set; } = "";

    public DateTime ObservedAt { get; set; }
}
