using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>Checks a user name and password, counting failures and locking the account after too many.</summary>
public sealed class SignInService(VigilDbContext db, IPasswordHasher<UserAccount> hasher, TimeProvider clock, ILogger<SignInService> logger)
{
    public async Task<Result<UserAccount>> SignInAsync(string? userName, string? password, string? clientAddress, CancellationToken ct)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        // Sign-in happens before anyone is known, so it reads and writes as the server itself.
        db.Access.Scope = AccessScope.System;
        db.Access.ActorName = name;
        var user = await db.Users.Include(u => u.Units).FirstOrDefaultAsync(u => u.UserName == name, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var invalid = Error.Validation("sign_in.invalid", "Wrong user name or password.");
        if (user is null)
        {
            // Spend the same time as a real check so that response time does not reveal which names exist.
            hasher.VerifyHashedPassword(new UserAccount(), DummyHash, password ?? "");
            Log.SignInFailed(logger, name, clientAddress);
            return invalid;
        }

        db.Access.ActorId = user.Id;
        var unit = user.Units.Count > 0 ? user.Units[0].UnitId : (Guid?)null;
        if (user.Disabled)
        {
            return Error.Forbidden("sign_in.disabled", "This account is disabled.");
        }

        if (user.LockedUntil > now)
        {
            return Error.Forbidden("sign_in.locked", $"Too many failed attempts; try again after {user.LockedUntil:HH:mm} UTC.");
        }

        var check = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (check == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            db.AddAuditEvent("sign_in_failed", nameof(UserAccount), user.Id.ToString(), unit, $"{{\"address\":\"{clientAddress}\"}}");
            if (user.FailedSignIns >= PasswordPolicy.MaxFailedSignIns)
            {
                user.LockedUntil = now + PasswordPolicy.LockoutDuration;
                user.FailedSignIns = 0;
                db.AddAuditEvent("locked_out", nameof(UserAccount), user.Id.ToString(), unit);
                Log.AccountLocked(logger, user.UserName, user.LockedUntil.Value);
            }

            await db.SaveChangesAsync(ct);
            Log.SignInFailed(logger, name, clientAddress);
            return invalid;
        }

        if (check == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password!);
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        db.AddAuditEvent("signed_in", nameof(UserAccount), user.Id.ToString(), unit);
        await db.SaveChangesAsync(ct);
        return user;
    }

    private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), "not-a-real-password");
}
