namespace Vigil.Contracts.V1;

/// <summary>
/// What pasted network-device CLI output says about one device: the JSON of <c>vigil device parse</c> (one element of
/// its array per file) and of the paste-and-parse API. Every key is always present; null means the output did not say.
/// Documented in docs/network-devices.md ("Parsing CLI output"); keys are only ever added, never renamed.
/// </summary>
public sealed record DeviceParseDto
{
    /// <summary>The file as given on the command line ("-" for standard input); null in API answers.</summary>
    public string? File { get; init; }

    public required string Vendor { get; init; }

    /// <summary>switch, router, wireless, firewall or module; a guess from model and software.</summary>
    public string? Kind { get; init; }

    /// <summary>ios, ios-xe, nx-os, asa, aireos or sb-switch.</summary>
    public string? Os { get; init; }

    /// <summary>The version as the device printed it.</summary>
    public string? Version { get; init; }

    /// <summary>The canonical spelling (16.09.03 → 16.9.3); null when the version did not fit its family's grammar.</summary>
    public string? VersionNormalized { get; init; }

    public string? Model { get; init; }

    public string? Serial { get; init; }

    public string? Hostname { get; init; }

    public string? ManagementAddress { get; init; }

    /// <summary>The uptime as printed.</summary>
    public string? Uptime { get; init; }

    /// <summary>The uptime in whole seconds when it could be read (a year counts 365 days).</summary>
    public long? UptimeSeconds { get; init; }

    /// <summary>The system image file.</summary>
    public string? Image { get; init; }

    /// <summary>The IOS feature-set image name (C2960X-UNIVERSALK9-M, CAT9K_IOSXE).</summary>
    public string? SoftwareImage { get; init; }

    public string? LastReloadReason { get; init; }

    public string? ConfigRegister { get; init; }

    public IReadOnlyList<DeviceModuleDto> Modules { get; init; } = [];

    public IReadOnlyList<DeviceCommandDto> Commands { get; init; } = [];

    public IReadOnlyList<DeviceWarningDto> Warnings { get; init; } = [];
}
