using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>Password changes by the account's owner, and password hashing for new accounts.</summary>
public sealed class PasswordService(VigilDbContext db, IPasswordHasher<UserAccount> hasher)
{
    public async Task<Result<bool>> ChangeOwnAsync(string? current, string? next, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == db.Access.ActorId, ct);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "The account no longer exists.");
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
        {
            return Error.Validation("password.current_wrong", "The current password is wrong.", "currentPassword");
        }

        if (PasswordPolicy.Check(next, user.UserName) is { } error)
        {
            return error with { Location = "newPassword" };
        }

        if (string.Equals(current, next, StringComparison.Ordinal))
        {
            return Error.Validation("password.unchanged", "The new password must differ from the current one.", "newPassword");
        }

        SetPassword(user, next!);
        user.MustChangePassword = false;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Sets a password and rotates the security stamp, which ends the account's other sessions.</summary>
    public void SetPassword(UserAccount user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    /// <summary>A random password for new accounts: 16 characters from an alphabet without look-alikes.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 16);
    }
}
