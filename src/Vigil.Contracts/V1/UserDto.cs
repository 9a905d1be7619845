namespace Vigil.Contracts.V1;

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string Role,
    IReadOnlyList<Guid> UnitIds,
    bool Disabled,
    bool LockedOut,
    DateTime? LastSignInAt);
