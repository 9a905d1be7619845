namespace Vigil.Contracts.V1;

/// <summary>One device with its history (newest first), its verified firmware updates and each source's latest report.</summary>
public sealed record NetworkDeviceDetailDto(
    NetworkDeviceDto Device,
    IReadOnlyList<NetworkDeviceChangeDto> Changes,
    IReadOnlyList<FirmwareUpdateEventDto> FirmwareUpdates,
    IReadOnlyList<NetworkDeviceReportDto> Reports);

public sealed record NetworkDeviceChangeDto(DateTime At, string Source, string Field, string? OldValue, string? NewValue, string Actor);

public sealed record NetworkDeviceReportDto(string Source, DateTime ObservedAt, string FactsJson);
