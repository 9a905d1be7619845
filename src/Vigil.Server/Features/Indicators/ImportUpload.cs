namespace Vigil.Server.Features.Indicators;

/// <summary>One uploaded file, read into memory after the size check.</summary>
public sealed record ImportUpload(string FileName, byte[] Content);
