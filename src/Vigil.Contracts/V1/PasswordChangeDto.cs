namespace Vigil.Contracts.V1;

public sealed record PasswordChangeDto(string? CurrentPassword, string? NewPassword);
