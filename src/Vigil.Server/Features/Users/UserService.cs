using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Server.Features.Account;
using Vigil.Storage;

namespace Vigil.Server.Features.Users;

/// <summary>
/// Accounts. Administrators manage everyone; coordinators manage unit officers and viewers bound inside their
/// subtree (the storage guard enforces the same rule on every save).
/// </summary>
public sealed class UserService(VigilDbContext db, PasswordService passwords, TimeProvider clock)
{
    public const int MaxUserNameLength = 64;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private AccessScope Scope => db.Access.Scope;

    public async Task<List<UserDto>> ListAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().Include(u => u.Units).OrderBy(u => u.UserName).ToListAsync(ct)).ConvertAll(u => u.ToDto(Now));

    public async Task<Result<UserDto>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Users.AsNoTracking().Include(u => u.Units).FirstOrDefaultAsync(u => u.Id == id, ct) is { } user
            ? user.ToDto(Now)
            : NotFound(id);

    public async Task<Result<UserCreatedDto>> CreateAsync(UserWriteDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = (request.UserName ?? "").Trim().ToLowerInvariant();
        if (name.Length is 0 or > MaxUserNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            return Error.Validation("user.name_invalid", $"A user name has 1 to {MaxUserNameLength} characters: letters a–z, digits, '.', '-', '_' or '@'.", "userName");
        }

        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.UserName == name, ct))
        {
            return Error.Conflict("user.name_taken", $"The user name '{name}' is already used.");
        }

        var user = new UserAccount { Id = Guid.CreateVersion7(), UserName = name, CreatedAt = Now, MustChangePassword = true };
        if (await ApplyAsync(user, request with { Disabled = request.Disabled ?? false }, creating: true, ct) is { } invalid)
        {
            return invalid;
        }

        var generated = request.Password is null ? PasswordService.Generate() : null;
        if (request.Password is not null && PasswordPolicy.Check(request.Password, name) is { } weak)
        {
            return weak;
        }

        passwords.SetPassword(user, request.Password ?? generated!);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return new UserCreatedDto(user.ToDto(Now), generated);
    }

    public async Task<Result<UserDto>> UpdateAsync(Guid id, UserWriteDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await db.Users.Include(u => u.Units).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return NotFound(id);
        }

        if (!await CanManageAsync(user, ct))
        {
            return Forbidden();
        }

        if (await ApplyAsync(user, request, creating: false, ct) is { } invalid)
        {
            return invalid;
        }

        if (request.Disabled == true && user.Id == db.Access.ActorId)
        {
            return Error.Validation("user.disable_self", "You cannot disable your own account.", "disabled");
        }

        if (db.Entry(user).Property(u => u.Disabled).IsModified || db.Entry(user).Property(u => u.Role).IsModified)
        {
            user.SecurityStamp = PasswordService.NewStamp();
        }

        await db.SaveChangesAsync(ct);
        return user.ToDto(Now);
    }

    /// <summary>Sets a new random password, unlocks the account and ends its sessions; the password is returned once.</summary>
    public async Task<Result<string>> ResetPasswordAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Units).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return NotFound(id);
        }

        if (!await CanManageAsync(user, ct))
        {
            return Forbidden();
        }

        var password = PasswordService.Generate();
        passwords.SetPassword(user, password);
        user.MustChangePassword = true;
        user.LockedUntil = null;
        user.FailedSignIns = 0;
        await db.SaveChangesAsync(ct);
        return password;
    }

    private async Task<bool> CanManageAsync(UserAccount user, CancellationToken ct)
    {
        if (Scope.IsAll)
        {
            return true;
        }

        if (user.Role >= Role.Coordinator)
        {
            return false;
        }

        var bound = await db.UserUnits.IgnoreQueryFilters().Where(b => b.UserId == user.Id).Select(b => b.UnitId).ToListAsync(ct);
        return bound.TrueForAll(Scope.CanWrite);
    }

    private async Task<Error?> ApplyAsync(UserAccount user, UserWriteDto request, bool creating, CancellationToken ct)
    {
        if (creating || request.DisplayName is not null)
        {
            var display = (request.DisplayName ?? "").Trim();
            if (display.Length is 0 or > 200)
            {
                return Error.Validation("user.display_name_invalid", "A display name has 1 to 200 characters.", "displayName");
            }

            user.DisplayName = display;
        }

        if (request.Email is not null)
        {
            var email = request.Email.Trim();
            if (email.Length > 0 && !EmailAddress.LooksValid(email))
            {
                return Error.Validation("user.email_invalid", $"'{email}' is not an e-mail address.", "email");
            }

            user.Email = email.Length > 0 ? email : null;
        }

        if (creating || request.Role is not null)
        {
            if (!Enum.TryParse<Role>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                return Error.Validation("user.role_unknown", $"Unknown role '{request.Role}'; use one of {string.Join(", ", Enum.GetNames<Role>())}.", "role");
            }

            if (!Scope.IsAll && role >= Role.Coordinator)
            {
                return Error.Forbidden("user.role_forbidden", "Only an administrator may grant the coordinator or administrator role.");
            }

            user.Role = role;
        }

        if (request.Disabled is { } disabled)
        {
            user.Disabled = disabled;
        }

        if (creating || request.UnitIds is not null)
        {
            var wanted = (request.UnitIds ?? []).Distinct().ToList();
            if (wanted.Count == 0 && user.Role != Role.Administrator)
            {
                return Error.Validation("user.units_required", "Bind the account to at least one unit.", "unitIds");
            }

            var found = await db.Units.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
            if (found.Count != wanted.Count || !wanted.TrueForAll(Scope.CanWrite))
            {
                return Error.Validation("user.unit_not_allowed", "A unit does not exist or is outside your scope.", "unitIds");
            }

            user.Units.RemoveAll(b => !wanted.Contains(b.UnitId));
            foreach (var unitId in wanted.Where(w => !user.Units.Exists(b => b.UnitId == w)))
            {
                user.Units.Add(new UserUnit { UserId = user.Id, UnitId = unitId });
            }
        }

        return null;
    }

    private static Error NotFound(Guid id) => Error.NotFound("user.not_found", $"Account {id} does not exist or is outside your scope.");

    private static Error Forbidden() => Error.Forbidden("user.forbidden", "You may not change this account.");
}
