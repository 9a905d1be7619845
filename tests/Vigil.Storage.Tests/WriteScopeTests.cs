using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>The scope guard: a save that touches anything outside the writable scope throws and writes nothing.</summary>
public class WriteScopeTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_unit_officer_writes_only_in_own_unit(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await DeniedAsync(store, tree.AccessFor("officer.s1a"), db => db.Computers.Add(NewComputer(tree.Id("S1B"))));
        await DeniedAsync(store, tree.AccessFor("officer.s1a"), db =>
        {
            var mine = db.Computers.Single(c => c.UnitId == tree.Id("S1A"));
            mine.UnitId = tree.Id("S1B");
        });
        await DeniedAsync(store, tree.AccessFor("officer.s1a"), db => db.Computers.Remove(Stub(tree.Computers["C1"])));
        await DeniedAsync(store, tree.AccessFor("officer.s1a"), db => db.Units.Add(NewUnit(tree.Units["C1"], "C1-X")));

        await using var ok = store.CreateContext(tree.AccessFor("officer.s1a"));
        ok.Computers.Add(NewComputer(tree.Id("S1A")));
        (await ok.Units.SingleAsync()).ContactPhone = "0215 3 000 000";
        await ok.SaveChangesAsync();
        Assert.Equal(tree.Computers.Count + 1, await store.CountAsync("computers"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_unit_officer_cannot_reshape_the_tree_or_manage_accounts_of_own_unit(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var officer = tree.AccessFor("officer.s1a");

        await DeniedAsync(store, officer, db => db.Units.Add(NewUnit(tree.Units["S1A"], "S1A-CHILD")));
        await DeniedAsync(store, officer, db => db.Units.Remove(db.Units.Single(u => u.Code == "S1A")));
        await DeniedAsync(store, officer, db => db.Users.Add(NewUser(Role.Viewer, tree.Id("S1A"))));
        await DeniedAsync(store, officer, db => db.Users.Single(u => u.Id == tree.Users["officer.s1a"].Id).Role = Role.Coordinator);
        await DeniedAsync(store, officer, db => db.UserUnits.Add(new UserUnit { UserId = tree.Users["officer.s1a"].Id, UnitId = tree.Id("S1A") }));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_coordinator_writes_only_in_own_subtree(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Units.Add(NewUnit(tree.Units["C2"], "C2-NEW")));
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.NetworkDevices.Remove(Stub(tree.Devices["S2A"])));
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db =>
        {
            // Moving a school of C1 under C2 would take it out of the coordinator's hands.
            var school = db.Units.Single(u => u.Code == "S1B");
            UnitTree.Move(school, tree.Units["C2"], []);
        });
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Units.Add(NewUnit(null, "ROOT2")));

        await using var ok = store.CreateContext(tree.AccessFor("coord.c1"));
        ok.Units.Add(NewUnit(tree.Units["S1A"], "S1A-ANNEX"));
        ok.Computers.Add(NewComputer(tree.Id("S1B")));
        await ok.SaveChangesAsync();
        Assert.Equal(tree.Units.Count + 1, await store.CountAsync("units"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_viewer_cannot_write_anything(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await DeniedAsync(store, tree.AccessFor("viewer.c2"), db => db.Computers.Add(NewComputer(tree.Id("C2"))));
        await DeniedAsync(store, tree.AccessFor("viewer.c2"), db => db.Units.Single(u => u.Code == "S2A").Name = "Renamed");
        await DeniedAsync(store, tree.AccessFor("viewer.c2"), db => db.NetworkDevices.Remove(db.NetworkDevices.Single(d => d.UnitId == tree.Id("S2A"))));
        await DeniedAsync(store, tree.AccessFor("viewer.c2"), db => db.Units.Add(NewUnit(tree.Units["C2"], "C2-NEW")));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Only_an_administrator_writes_the_installation_wide_lifecycle_catalog(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        static DeviceLifecycleRecord Entry() => new()
        {
            Id = Guid.CreateVersion7(), Vendor = "Cisco", ModelPattern = "WS-C2960X-*", LastDateOfSupport = new DateOnly(2027, 10, 31),
            ImportedAt = DateTime.UtcNow, ImportedBy = "x",
        };

        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.DeviceLifecycleRecords.Add(Entry()));
        await DeniedAsync(store, tree.AccessFor("officer.s1a"), db => db.DeviceLifecycleRecords.Add(Entry()));
        await using var ok = store.CreateContext(tree.AccessFor("admin"));
        ok.DeviceLifecycleRecords.Add(Entry());
        await ok.SaveChangesAsync();
        Assert.Equal(1, await store.CountAsync("device_lifecycle_records"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, Role.Coordinator)]
    [InlineData(StorageProvider.Postgres, Role.Coordinator)]
    [InlineData(StorageProvider.Sqlite, Role.Administrator)]
    [InlineData(StorageProvider.Postgres, Role.Administrator)]
    public async Task A_coordinator_cannot_create_or_promote_coordinators_and_administrators(StorageProvider provider, Role role)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Users.Add(NewUser(role, tree.Id("S1A"))));
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Users.Single(u => u.UserName == "officer.s1a").Role = role);
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Users.Single(u => u.UserName == "coord.c1").Role = Role.Administrator);
        // Officers outside the subtree are out of reach too.
        await DeniedAsync(store, tree.AccessFor("coord.c1"), db => db.Users.Add(NewUser(Role.UnitOfficer, tree.Id("S2A"))));

        await using var ok = store.CreateContext(tree.AccessFor("coord.c1"));
        ok.Users.Add(NewUser(Role.UnitOfficer, tree.Id("S1B")));
        await ok.SaveChangesAsync();
        Assert.Equal(tree.Users.Count + 1, await store.CountAsync("users"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, "officer.s1a")]
    [InlineData(StorageProvider.Postgres, "officer.s1a")]
    [InlineData(StorageProvider.Sqlite, "viewer.c2")]
    [InlineData(StorageProvider.Postgres, "viewer.c2")]
    public async Task A_user_can_change_own_password_but_not_own_role_or_others_tokens(StorageProvider provider, string userName)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var me = tree.Users[userName];

        await DeniedAsync(store, tree.AccessFor(userName), db => db.Users.Single(u => u.Id == me.Id).Role = Role.Coordinator);
        await DeniedAsync(store, tree.AccessFor(userName), db => db.Users.Attach(Stub(tree.Users["admin"])).Entity.PasswordHash = "AQAAAAIAAYagAAAAEmine");
        await DeniedAsync(store, tree.AccessFor(userName), db => db.ApiTokens.Add(new ApiToken
        {
            Id = Guid.NewGuid(), UserId = tree.Users["admin"].Id, Name = "x", Prefix = "vgl_x", SecretHash = "x", CreatedAt = ScopeTree.Seeded,
        }));

        await using (var db = store.CreateContext(tree.AccessFor(userName)))
        {
            var self = await db.Users.SingleAsync(u => u.Id == me.Id);
            self.PasswordHash = "AQAAAAIAAYagAAAAEnew";
            self.SecurityStamp = "new-stamp";
            self.MustChangePassword = false;
            self.Language = "en";
            await db.SaveChangesAsync();
        }

        Assert.Equal("new-stamp", await store.ScalarAsync($"SELECT security_stamp FROM users WHERE user_name = '{userName}'"));
    }

    private static async Task DeniedAsync(TestStore store, AccessContext access, Action<VigilDbContext> change)
    {
        var before = await store.SnapshotAsync();
        await using (var db = store.CreateContext(access))
        {
            change(db);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(before, await store.SnapshotAsync());
    }

    private static T Stub<T>(T entity) => entity;

    private static Computer NewComputer(Guid unitId) =>
        new() { Id = Guid.NewGuid(), UnitId = unitId, Hostname = "new-pc", Source = "manual", ObservedAt = ScopeTree.Seeded };

    private static OrgUnit NewUnit(OrgUnit? parent, string code)
    {
        var id = Guid.NewGuid();
        return new OrgUnit
        {
            Id = id, ParentId = parent?.Id, Code = code, Name = code, Kind = UnitKind.School, Path = UnitTree.PathFor(id, parent),
            Depth = parent is null ? 0 : parent.Depth + 1, TimeZone = UnitTree.DefaultTimeZone, CreatedAt = ScopeTree.Seeded, UpdatedAt = ScopeTree.Seeded,
        };
    }

    private static UserAccount NewUser(Role role, Guid unitId)
    {
        var id = Guid.NewGuid();
        return new UserAccount
        {
            Id = id, UserName = "new." + id.ToString("N")[..8], DisplayName = "New", Role = role, PasswordHash = "h", SecurityStamp = "s",
            CreatedAt = ScopeTree.Seeded, Units = [new UserUnit { UserId = id, UnitId = unitId }],
        };
    }
}
