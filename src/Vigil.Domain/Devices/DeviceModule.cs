namespace Vigil.Domain.Devices;

/// <summary>One entry of show inventory (chassis, supervisor, line card, power supply, transceiver) or a stack member.</summary>
/// <param name="Name">NAME as printed ("Chassis", "Switch 1", "TenGigabitEthernet1/1/1").</param>
/// <param name="Description">DESCR as printed.</param>
/// <param name="ProductId">PID; null when the device printed none or "N/A".</param>
/// <param name="VersionId">VID (hardware revision).</param>
/// <param name="Serial">SN; null when the device printed none or "N/A".</param>
/// <param name="IsChassis">The first show inventory entry, which IOS, NX-OS, ASA and AireOS print for the chassis.</param>
/// <param name="Line">The line of the paste where the entry starts.</param>
public sealed record DeviceModule(string Name, string Description, string? ProductId, string? VersionId, string? Serial, bool IsChassis, int Line);
