namespace Vigil.Contracts.V1;

/// <summary>The answer to storing pasted CLI output: the device as now stored, what changed, and the parse result.</summary>
public sealed record NetworkDeviceStoredDto(
    NetworkDeviceDto Device,
    bool Created,
    IReadOnlyList<NetworkDeviceChangeDto> Changes,
    FirmwareUpdateEventDto? FirmwareUpdate,
    DeviceParseDto Parsed);
