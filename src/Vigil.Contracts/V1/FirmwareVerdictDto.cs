namespace Vigil.Contracts.V1;

/// <summary>The firmware rule on one device: status pass, fail, unknown or no_baseline, with the reason.</summary>
public sealed record FirmwareVerdictDto(string Status, string Reason, string? BaselineVersion, string? BaselineModel);
