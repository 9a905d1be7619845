namespace Vigil.Domain.Devices;

/// <summary>Something a person should check; the parse still stands.</summary>
/// <param name="Line">The line of the paste it is about; null when it is about the whole paste.</param>
/// <param name="Code">One of <see cref="DeviceParseCodes"/>' warning codes.</param>
public sealed record DeviceParseWarning(int? Line, string Code, string Message);
