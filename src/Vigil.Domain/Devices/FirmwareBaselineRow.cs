namespace Vigil.Domain.Devices;

/// <summary>One baseline as a file or the API gives it: family code, model ("" = the whole family), minimum version.</summary>
public sealed record FirmwareBaselineRow(string Family, string Model, string MinimumVersion, string? Note, int Line);
