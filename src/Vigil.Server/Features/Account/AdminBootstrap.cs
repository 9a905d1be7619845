using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Access;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>On the first start, creates the administrator "admin" so that someone can sign in at all.</summary>
internal sealed class AdminBootstrap(VigilDbContext db, PasswordService passwords, IOptions<ServerOptions> options, TimeProvider clock, ILogger<AdminBootstrap> logger)
{
    public const string AdminUserName = "admin";

    public async Task EnsureAdministratorAsync(CancellationToken ct)
    {
        db.Access.Scope = AccessScope.System;
        db.Access.ActorName = "setup";
        if (await db.Users.AnyAsync(u => u.Role == Role.Administrator, ct))
        {
            return;
        }

        var configured = options.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? PasswordService.Generate() : configured;
        var admin = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = AdminUserName,
            DisplayName = "Quản trị hệ thống",
            Role = Role.Administrator,
            MustChangePassword = string.IsNullOrEmpty(configured),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        passwords.SetPassword(admin, password);
        db.Users.Add(admin);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment may have created it first; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.Users.AsNoTracking().AnyAsync(u => u.UserName == AdminUserName, ct))
            {
                return;
            }

            throw;
        }

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once to the console, never to the log: it is the only way in on a fresh install and must be
            // changed at first sign-in.
            Log.AdministratorCreatedWithGeneratedPassword(logger);
            Console.WriteLine($"Vigil: first administrator 'admin', one-time password: {password}");
        }
        else
        {
            Log.AdministratorCreated(logger);
        }
    }
}
