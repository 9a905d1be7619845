namespace Vigil.Contracts.V1;

/// <summary>A verified firmware update: old → new version crossing the baseline, with source and time as evidence.</summary>
public sealed record FirmwareUpdateEventDto(
    Guid Id, Guid DeviceId, Guid UnitId, string Hostname, DateTime At, DateTime ObservedAt, string Source, string SoftwareFamily,
    string OldVersion, string NewVersion, string BaselineVersion, string Actor);
