namespace Vigil.Contracts.V1;

/// <summary>Something to check; <c>line</c> is null when it is about the whole paste.</summary>
public sealed record DeviceWarningDto(int? Line, string Code, string Message);
