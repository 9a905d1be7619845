using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

public class AuditTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Creating_updating_and_deleting_a_unit_appends_entries_with_actor_and_snapshots(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var clock = new ManualClock();
        var access = tree.AccessFor("coord.c1");
        var id = Guid.NewGuid();

        await using (var db = store.CreateContext(access, clock))
        {
            tree.Units["C1-LIB"] = new OrgUnit
            {
                Id = id, ParentId = tree.Id("C1"), Code = "C1-LIB", Name = "Thư viện", Kind = UnitKind.Agency, Path = UnitTree.PathFor(id, tree.Units["C1"]),
                Depth = 2, TimeZone = UnitTree.DefaultTimeZone, CreatedAt = ScopeTree.Seeded, UpdatedAt = ScopeTree.Seeded,
            };
            db.Units.Add(tree.Units["C1-LIB"]);
            await db.SaveChangesAsync();
        }

        // The server builds the scope per request, so the next requests see the new unit.
        access = tree.AccessFor("coord.c1");

        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = store.CreateContext(access, clock))
        {
            (await db.Units.SingleAsync(u => u.Id == id)).Name = "Thư viện xã";
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = store.CreateContext(access, clock))
        {
            db.Units.Remove(await db.Units.SingleAsync(u => u.Id == id));
            await db.SaveChangesAsync();
        }

        await using var system = store.CreateSystemContext();
        var entries = await system.AuditEntries.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.At).ToListAsync();
        Assert.Equal(["created", "updated", "deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(access.ActorId, e.ActorId);
            Assert.Equal("coord.c1", e.ActorName);
            Assert.Equal(nameof(OrgUnit), e.EntityType);
            Assert.Equal(id, e.UnitId);
            Assert.Equal(DateTimeKind.Utc, e.At.Kind);
        });
        Assert.Equal(clock.GetUtcNow().UtcDateTime, entries[2].At);

        Assert.Null(entries[0].Before);
        Assert.Equal("Thư viện", NameIn(entries[0].After));
        Assert.Equal("Thư viện", NameIn(entries[1].Before));
        Assert.Equal("Thư viện xã", NameIn(entries[1].After));
        Assert.Equal("Thư viện xã", NameIn(entries[2].Before));
        Assert.Null(entries[2].After);

        // The coordinator reads the history of their units through the same filter.
        await using var coordinator = store.CreateContext(access);
        Assert.Equal(3, await coordinator.AuditEntries.CountAsync(a => a.EntityId == id.ToString()));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Password_and_token_hashes_never_reach_the_audit_log(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var officer = tree.Users["officer.s1a"];
        await using (var db = store.CreateContext(tree.AccessFor("officer.s1a")))
        {
            var self = await db.Users.SingleAsync(u => u.Id == officer.Id);
            self.PasswordHash = "AQAAAAIAAYagAAAAEchanged-secret";
            self.SecurityStamp = "changed-stamp";
            db.ApiTokens.Add(new ApiToken
            {
                Id = Guid.NewGuid(), UserId = officer.Id, Name = "ci", Prefix = "vgl_prefix", SecretHash = "token-secret-hash", CreatedAt = ScopeTree.Seeded,
            });
            await db.SaveChangesAsync();
        }

        await using var system = store.CreateSystemContext();
        var snapshots = (await system.AuditEntries.ToListAsync()).SelectMany(a => new[] { a.Before, a.After }).OfType<string>().ToList();
        var secrets = tree.Users.Values.Select(u => u.PasswordHash)
            .Concat(tree.Users.Values.Select(u => u.SecurityStamp))
            .Concat(tree.TokensByUser.Values.Select(t => t.SecretHash))
            .Concat(["AQAAAAIAAYagAAAAEchanged-secret", "changed-stamp", "token-secret-hash"]);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(snapshots, s => s.Contains(secret, StringComparison.Ordinal));
        }

        var change = await system.AuditEntries.SingleAsync(a => a.EntityId == officer.Id.ToString() && a.Action == "updated");
        using var after = JsonDocument.Parse(change.After!);
        Assert.Equal("***", after.RootElement.GetProperty(nameof(UserAccount.PasswordHash)).GetString());
        Assert.Equal("***", after.RootElement.GetProperty(nameof(UserAccount.SecurityStamp)).GetString());
        var token = await system.AuditEntries.SingleAsync(a => a.EntityType == nameof(ApiToken) && a.After!.Contains("vgl_prefix"));
        using var tokenAfter = JsonDocument.Parse(token.After!);
        Assert.Equal("***", tokenAfter.RootElement.GetProperty(nameof(ApiToken.SecretHash)).GetString());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task The_database_refuses_to_change_or_delete_audit_entries(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await ScopeTree.SeedAsync(store);
        var before = await store.SnapshotAsync();
        Assert.True(await store.CountAsync("audit_entries") > 0);

        await Assert.ThrowsAnyAsync<DbException>(() => store.ExecuteAsync("UPDATE audit_entries SET actor_name = 'someone else'"));
        await Assert.ThrowsAnyAsync<DbException>(() => store.ExecuteAsync("DELETE FROM audit_entries"));

        // Even the system context, which the scope guard lets through, cannot rewrite history.
        await using (var db = store.CreateSystemContext())
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.After = "{}";
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.CreateSystemContext())
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await store.SnapshotAsync());
    }

    private static string? NameIn(string? json)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(nameof(OrgUnit.Name)).GetString();
    }
}
