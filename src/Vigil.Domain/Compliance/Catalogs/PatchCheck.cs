namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>A patch verdict with what it rests on: "KB4012212 installed", "build 14393.1066 >= 14393.953".</summary>
public sealed record PatchCheck(PatchState State, string? Evidence);
