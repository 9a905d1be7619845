using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Demo;
using Vigil.Server.Features.Account;
using Vigil.Storage;

namespace Vigil.Server.Features.Demo;

/// <summary>Loads the demo provinces (Điện Biên, Lạng Sơn) with accounts of every role, once, into an empty database.</summary>
public sealed class DemoSeeder(VigilDbContext db, PasswordService passwords, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    /// <summary>Every demo account signs in with this password; documented in the README. Demo data only.</summary>
    public const string DemoPassword = "Vigil-Demo-2026";

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        db.Access.Scope = AccessScope.System;
        db.Access.ActorName = "demo";
        if (await db.Units.AnyAsync(ct))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var demo = DemoOrganisation.Build(now);
        db.Units.AddRange(demo.Units);
        db.Computers.AddRange(demo.Computers);
        db.NetworkDevices.AddRange(demo.NetworkDevices);
        var unitsByCode = demo.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var spec in demo.Users)
        {
            var user = new UserAccount
            {
                Id = Guid.CreateVersion7(),
                UserName = spec.UserName,
                DisplayName = spec.DisplayName,
                Role = spec.Role,
                CreatedAt = now,
            };
            passwords.SetPassword(user, DemoPassword);
            user.Units.Add(new UserUnit { UserId = user.Id, UnitId = unitsByCode[spec.UnitCode].Id });
            db.Users.Add(user);
        }

        await db.SaveChangesAsync(ct);
        Log.DemoLoaded(logger, demo.Units.Count, demo.Users.Count, demo.Computers.Count, demo.NetworkDevices.Count);
        Console.WriteLine($"Vigil demo: {demo.Users.Count} demo accounts ({string.Join(", ", demo.Users.Select(u => u.UserName))}) sign in with '{DemoPassword}'.");
        return true;
    }
}
