namespace Vigil.Contracts.V1;

/// <summary>Pasted CLI output (show version, show inventory, show sysinfo) of one device.</summary>
public sealed record NetworkDeviceCliDto(string? Text);
