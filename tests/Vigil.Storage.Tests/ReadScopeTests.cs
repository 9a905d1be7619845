using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>The query filters: a caller reads only the rows of units in scope, whatever the query.</summary>
public class ReadScopeTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite, "coord.c1", new[] { "C1", "S1A", "S1B" }, new[] { "coord.c1", "officer.s1a" })]
    [InlineData(StorageProvider.Postgres, "coord.c1", new[] { "C1", "S1A", "S1B" }, new[] { "coord.c1", "officer.s1a" })]
    [InlineData(StorageProvider.Sqlite, "officer.s1a", new[] { "S1A" }, new[] { "officer.s1a" })]
    [InlineData(StorageProvider.Postgres, "officer.s1a", new[] { "S1A" }, new[] { "officer.s1a" })]
    [InlineData(StorageProvider.Sqlite, "viewer.c2", new[] { "C2", "S2A" }, new[] { "viewer.c2" })]
    [InlineData(StorageProvider.Postgres, "viewer.c2", new[] { "C2", "S2A" }, new[] { "viewer.c2" })]
    public async Task A_user_reads_only_the_rows_of_units_in_scope(StorageProvider provider, string userName, string[] unitCodes, string[] userNames)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var units = tree.UnitIds(unitCodes);
        var me = tree.Users[userName];
        HashSet<Guid> allAuditUnits;
        await using (var system = store.CreateSystemContext())
        {
            allAuditUnits = [.. await system.AuditEntries.Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).ToListAsync()];
        }

        await using var db = store.CreateContext(tree.AccessFor(userName));

        Assert.Equal(units, (await db.Units.Select(u => u.Id).ToListAsync()).ToHashSet());
        Assert.Equal(userNames.Order(), (await db.Users.Select(u => u.UserName).ToListAsync()).Order());
        Assert.Equal(units, (await db.Computers.Select(c => c.UnitId).ToListAsync()).ToHashSet());
        Assert.Equal(units.Count, await db.Computers.CountAsync());
        Assert.Equal(units, (await db.NetworkDevices.Select(d => d.UnitId).ToListAsync()).ToHashSet());
        Assert.Equal(units.Count, await db.NetworkDevices.CountAsync());
        Assert.Equal(tree.TokensByUser[me.Id].Id, Assert.Single(await db.ApiTokens.ToListAsync()).Id);
        var audited = await db.AuditEntries.Select(a => a.UnitId).ToListAsync();
        Assert.NotEmpty(audited);
        Assert.All(audited, u => Assert.Contains(u!.Value, units));
        Assert.Equal(units.Intersect(allAuditUnits).ToHashSet(), audited.Select(u => u!.Value).ToHashSet());
        Assert.All(await db.UserUnits.ToListAsync(), b => Assert.True(b.UserId == me.Id || units.Contains(b.UnitId)));

        // Looking a row up by id is filtered too: the scope is not a UI convenience.
        var elsewhere = tree.Computers.Values.First(c => !units.Contains(c.UnitId));
        Assert.Null(await db.Computers.FirstOrDefaultAsync(c => c.Id == elsewhere.Id));
        Assert.Null(await db.Units.FirstOrDefaultAsync(u => u.Id == elsewhere.UnitId));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task No_scope_sees_nothing_and_the_system_sees_everything(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await using (var nobody = store.CreateContext(new AccessContext()))
        {
            Assert.Equal(AccessScope.None, nobody.Access.Scope);
            Assert.Equal(0, await nobody.Units.CountAsync());
            Assert.Equal(0, await nobody.Users.CountAsync());
            Assert.Equal(0, await nobody.UserUnits.CountAsync());
            Assert.Equal(0, await nobody.Computers.CountAsync());
            Assert.Equal(0, await nobody.NetworkDevices.CountAsync());
            Assert.Equal(0, await nobody.AuditEntries.CountAsync());
            Assert.Equal(0, await nobody.ApiTokens.CountAsync());
        }

        await using var system = store.CreateSystemContext();
        Assert.Equal(tree.Units.Count, await system.Units.CountAsync());
        Assert.Equal(tree.Users.Count, await system.Users.CountAsync());
        Assert.Equal(tree.Computers.Count, await system.Computers.CountAsync());
        Assert.Equal(tree.Devices.Count, await system.NetworkDevices.CountAsync());
        Assert.Equal(tree.TokensByUser.Count, await system.ApiTokens.CountAsync());
        Assert.Equal(await store.CountAsync("audit_entries"), await system.AuditEntries.CountAsync());

        await using var admin = store.CreateContext(tree.AccessFor("admin"));
        Assert.Equal(tree.Units.Count, await admin.Units.CountAsync());
        Assert.Equal(tree.Computers.Count, await admin.Computers.CountAsync());
    }
}
