namespace Vigil.Domain.Devices;

/// <summary>How a device stands against its firmware baseline.</summary>
public enum FirmwareStatus
{
    /// <summary>No baseline covers the device's family or model.</summary>
    NoBaseline,

    /// <summary>At or above the baseline.</summary>
    Pass,

    /// <summary>Below the baseline: the device fails the firmware rule.</summary>
    Fail,

    /// <summary>A baseline applies but the versions cannot be ordered (unknown version, parallel train).</summary>
    Unknown,
}
