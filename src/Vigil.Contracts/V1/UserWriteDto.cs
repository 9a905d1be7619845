namespace Vigil.Contracts.V1;

/// <summary>Body to create or update an account. Password is only read on creation; omit it to get a generated one.</summary>
public sealed record UserWriteDto(
    string? UserName,
    string? DisplayName,
    string? Email,
    string? Role,
    IReadOnlyList<Guid>? UnitIds,
    bool? Disabled,
    string? Password);
