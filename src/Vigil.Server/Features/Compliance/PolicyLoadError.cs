namespace Vigil.Server.Features.Compliance;

/// <summary>Why a site policy or catalog file was refused: the file, a stable code and "file:line:column: reason".</summary>
public sealed record PolicyLoadError(string File, string Code, string Message);
