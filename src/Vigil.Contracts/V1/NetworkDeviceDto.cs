namespace Vigil.Contracts.V1;

/// <summary>A network device of a unit with its firmware verdict.</summary>
public sealed record NetworkDeviceDto
{
    public Guid Id { get; init; }

    public Guid UnitId { get; init; }

    public required string Hostname { get; init; }

    public required string Kind { get; init; }

    public required string Vendor { get; init; }

    public string? Model { get; init; }

    public string? Serial { get; init; }

    public string? ManagementAddress { get; init; }

    /// <summary>ios, ios-xe, nx-os, asa, aireos or sb-switch; null when not known.</summary>
    public string? SoftwareFamily { get; init; }

    public string? Version { get; init; }

    public string? Image { get; init; }

    public string? Uptime { get; init; }

    public DateTime? LastReloadAt { get; init; }

    public string? Location { get; init; }

    /// <summary>cli or import (spreadsheet).</summary>
    public required string Source { get; init; }

    public DateTime ObservedAt { get; init; }

    /// <summary>No source has reported the device for the stale period (inventory's StaleAfterDays).</summary>
    public bool Stale { get; init; }

    public required FirmwareVerdictDto Firmware { get; init; }

    /// <summary>End of sale / support of the model from the lifecycle catalog, as of today.</summary>
    public required DeviceLifecycleDto Lifecycle { get; init; }
}
