using Vigil.Domain.Common;

namespace Vigil.Domain.Access;

/// <summary>What a new password must satisfy, and when repeated failures lock an account.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static Error? Check(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return Error.Validation("password.too_short", $"A password has at least {MinLength} characters.", "password");
        }

        if (userName is not null && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("password.contains_user_name", "A password must not contain the user name.", "password");
        }

        return password.Distinct().Count() < 4
            ? Error.Validation("password.too_simple", "A password needs at least 4 different characters.", "password")
            : null;
    }
}
