namespace Vigil.Contracts.V1;

/// <summary>A recognised command output and the line it starts on.</summary>
public sealed record DeviceCommandDto(string Command, int Line);
