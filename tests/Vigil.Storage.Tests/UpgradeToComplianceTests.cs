using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Compliance;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A version-5 database with inventory upgrades to compliance (0006) in place: computers keep their facts, are
/// marked for evaluation (no fingerprint), and the new tables take rows under the scope rules.
/// </summary>
public class UpgradeToComplianceTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_version_5_inventory_upgrades_and_its_computers_await_evaluation(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        await SchemaV5Inventory.SeedAsync(provider, store.ConnectionString);

        var applied = await store.MigrateAsync();

        Assert.Equal(SchemaMigrator.MigrationsFor(provider).Where(m => m.Version > SchemaV5Inventory.Version).Select(m => m.Version), applied);
        await using (var db = store.CreateSystemContext())
        {
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(SchemaV5Inventory.ComputerId, computer.Id);
            Assert.Equal("Windows 7", computer.OsRelease);
            Assert.Equal(4096, computer.RamMb);
            Assert.Equal(SchemaV5Inventory.Observed, computer.ObservedAt);
            Assert.Null(computer.ComplianceFingerprint);
            Assert.Null(computer.Hotfixes);
            Assert.Null(computer.RetiredAt);
            Assert.Equal(1, await db.ComputerSources.CountAsync());
        }

        var officer = Guid.NewGuid();
        var access = new AccessContext { Scope = AccessScope.ForUser(officer, Role.UnitOfficer, [SchemaV5Inventory.UnitId], u => [u]), ActorId = officer, ActorName = "officer" };
        var now = new DateTime(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);
        await using (var db = store.CreateContext(access))
        {
            var item = new RemediationItem
            {
                Id = Guid.NewGuid(), ComputerId = SchemaV5Inventory.ComputerId, UnitId = SchemaV5Inventory.UnitId, Kind = RemediationKind.InstallPatch,
                Status = RemediationStatus.Planned, Title = "KB4012212", CreatedAt = now, CreatedBy = "officer", UpdatedAt = now,
            };
            db.RemediationItems.Add(item);
            db.RemediationEvents.Add(new RemediationEvent { Id = Guid.NewGuid(), ItemId = item.Id, UnitId = item.UnitId, At = now, Actor = "officer", Kind = RemediationEventKind.Created });
            db.EsuExceptions.Add(new EsuException
            {
                Id = Guid.NewGuid(), ComputerId = SchemaV5Inventory.ComputerId, UnitId = SchemaV5Inventory.UnitId, Until = new DateOnly(2027, 1, 12),
                RecordedBy = "officer", RecordedAt = now,
            });
            await db.SaveChangesAsync();
        }

        var stranger = new AccessContext { Scope = AccessScope.ForUser(Guid.NewGuid(), Role.UnitOfficer, [Guid.NewGuid()], u => [u]), ActorName = "stranger" };
        await using (var db = store.CreateContext(stranger))
        {
            Assert.Empty(await db.RemediationItems.ToListAsync());
            Assert.Empty(await db.RemediationEvents.ToListAsync());
            Assert.Empty(await db.EsuExceptions.ToListAsync());
        }

        Assert.Empty(await store.MigrateAsync());
    }
}
