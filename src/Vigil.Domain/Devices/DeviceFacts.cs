namespace Vigil.Domain.Devices;

/// <summary>
/// What pasted CLI output says about one device. Null means the output did not say; <see cref="Warnings"/> tell what a
/// person should check. Model and serial are the chassis' (the stack's active member); other members and modules are in
/// <see cref="Modules"/>.
/// </summary>
public sealed record DeviceFacts
{
    /// <summary>"Cisco" for everything this parser reads; other vendors' parsers produce the same record.</summary>
    public required string Vendor { get; init; }

    /// <summary>A guess from model and software: one of <c>NetworkDeviceKinds</c>' stored names (switch, router, wireless, firewall, module); null when unknown.</summary>
    public string? Kind { get; init; }

    public CiscoOsFamily OsFamily { get; init; }

    /// <summary>The stable code of <see cref="OsFamily"/> (ios, ios-xe, nx-os, asa, aireos, sb-switch); null when unknown.</summary>
    public string? OsFamilyCode => CiscoOsFamilies.Code(OsFamily);

    /// <summary>The version as the device printed it (16.09.03, 15.2(7)E4).</summary>
    public string? VersionText { get; init; }

    /// <summary>The parsed version; null when there is none or it did not fit the family's grammar (then a warning says so).</summary>
    public CiscoVersion? Version { get; init; }

    /// <summary>The system image file (flash:packages.conf, bootflash:/nxos.9.3.10.bin, disk0:/asa9-12-4-smp-k8.bin).</summary>
    public string? Image { get; init; }

    /// <summary>The IOS feature-set name in parentheses on the version line (C2960X-UNIVERSALK9-M, CAT9K_IOSXE).</summary>
    public string? SoftwareImage { get; init; }

    /// <summary>Product id of the chassis (WS-C2960X-48FPD-L, ISR4331/K9, C9300-48P, ASA5516, AIR-CT5520-K9).</summary>
    public string? Model { get; init; }

    public string? Serial { get; init; }

    public string? Hostname { get; init; }

    /// <summary>Only where the output prints it (a WLC's show sysinfo).</summary>
    public string? ManagementAddress { get; init; }

    /// <summary>The uptime as printed ("2 years, 31 weeks, 6 days, 9 hours, 55 minutes").</summary>
    public string? UptimeText { get; init; }

    /// <summary>The uptime when it could be read (a year counts 365 days); with the observation time it gives the last reload.</summary>
    public TimeSpan? Uptime { get; init; }

    public string? LastReloadReason { get; init; }

    /// <summary>The configuration register (0x2102); 0x2142 means the startup configuration is ignored at boot.</summary>
    public string? ConfigRegister { get; init; }

    /// <summary>From show inventory (chassis first, flagged) and stack members from show version, each once.</summary>
    public IReadOnlyList<DeviceModule> Modules { get; init; } = [];

    /// <summary>Which command outputs were recognised, in order of first appearance.</summary>
    public IReadOnlyList<CliCommandOutput> Commands { get; init; } = [];

    public IReadOnlyList<DeviceParseWarning> Warnings { get; init; } = [];
}
