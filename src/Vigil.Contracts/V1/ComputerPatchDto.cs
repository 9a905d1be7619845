namespace Vigil.Contracts.V1;

/// <summary>
/// Facts only people know. Null leaves a field as it is; an empty owner withdraws the owner typed in before, so the
/// sources' owner shows again.
/// </summary>
public sealed record ComputerPatchDto(string? Owner, bool? IsPersonal);
