namespace Vigil.Contracts.V1;

/// <summary>One show inventory entry or stack member.</summary>
public sealed record DeviceModuleDto(string Name, string Description, string? ProductId, string? VersionId, string? Serial, bool IsChassis, int Line);
