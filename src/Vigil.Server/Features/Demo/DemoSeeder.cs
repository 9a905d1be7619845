using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Demo;
using Vigil.Server.Features.Account;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Demo;

/// <summary>
/// Loads the demo provinces (Điện Biên, Lạng Sơn) with accounts of every role, once, into an empty database. Computers
/// enter as reports through the real ingest, so the demo shows sources, history, conflicts and the unassigned queue,
/// and are evaluated as they arrive; <see cref="DemoComplianceSeeder"/> then sets remediation under way.
/// </summary>
public sealed class DemoSeeder(
    VigilDbContext db, PasswordService passwords, IInventoryIngest ingest, DemoComplianceSeeder compliance, TimeProvider clock, ILogger<DemoSeeder> logger)
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Units.AddRange(demo.Units);
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
        var computers = await IngestAsync(demo.InventoryReports, ct);
        await transaction.CommitAsync(ct);
        await compliance.SeedAsync(ct);
        Log.DemoLoaded(logger, demo.Units.Count, demo.Users.Count, computers, demo.NetworkDevices.Count);
        Console.WriteLine($"Vigil demo: {demo.Users.Count} demo accounts ({string.Join(", ", demo.Users.Select(u => u.UserName))}) sign in with '{DemoPassword}'.");
        return true;
    }

    /// <summary>In small batches with the change tracker emptied between them: each save then scans only its own rows.</summary>
    private async Task<int> IngestAsync(IReadOnlyList<Domain.Inventory.InventoryReport> reports, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var computers = new HashSet<Guid>();
        foreach (var batch in reports.Chunk(25))
        {
            var result = await ingest.IngestAllAsync(batch, ct);
            if (!result.IsSuccess)
            {
                // The demo is our own data: a refused report is a bug, not input to report to anyone.
                throw new InvalidOperationException($"Demo inventory refused: {result.Error!.Message}");
            }

            computers.UnionWith(result.Value!.Select(o => o.ComputerId).OfType<Guid>());
            db.ChangeTracker.Clear();
        }

        return computers.Count;
    }
}
