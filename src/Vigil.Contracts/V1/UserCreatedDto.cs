namespace Vigil.Contracts.V1;

/// <summary>A new account; <paramref name="InitialPassword"/> is returned once, only when the server generated it.</summary>
public sealed record UserCreatedDto(UserDto User, string? InitialPassword);
