using Vigil.Domain.Access;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A small province: P → communes C1 (schools S1a, S1b) and C2 (school S2a); a computer and a network device in every
/// unit; an administrator on P, a coordinator on C1, a unit officer on S1a and a viewer on C2, each with a token.
/// </summary>
internal sealed class ScopeTree
{
    public static readonly DateTime Seeded = new(2025, 7, 1, 2, 0, 0, DateTimeKind.Utc);

    public Dictionary<string, OrgUnit> Units { get; } = [];

    public Dictionary<string, UserAccount> Users { get; } = [];

    public Dictionary<Guid, ApiToken> TokensByUser { get; } = [];

    public Dictionary<string, Computer> Computers { get; } = [];

    public Dictionary<string, NetworkDevice> Devices { get; } = [];

    public Guid Id(string unitCode) => Units[unitCode].Id;

    public static async Task<ScopeTree> SeedAsync(TestStore store)
    {
        var tree = new ScopeTree();
        tree.AddUnit("P", null, UnitKind.Province);
        tree.AddUnit("C1", "P", UnitKind.Commune);
        tree.AddUnit("C2", "P", UnitKind.Ward);
        tree.AddUnit("S1A", "C1", UnitKind.School);
        tree.AddUnit("S1B", "C1", UnitKind.School);
        tree.AddUnit("S2A", "C2", UnitKind.School);
        tree.AddUser("admin", Role.Administrator, "P");
        tree.AddUser("coord.c1", Role.Coordinator, "C1");
        tree.AddUser("officer.s1a", Role.UnitOfficer, "S1A");
        tree.AddUser("viewer.c2", Role.Viewer, "C2");

        await using var db = store.CreateSystemContext("seed");
        db.Units.AddRange(tree.Units.Values);
        await db.SaveChangesAsync();
        db.Users.AddRange(tree.Users.Values);
        foreach (var (code, unit) in tree.Units)
        {
            tree.Computers[code] = new Computer
            {
                Id = Guid.NewGuid(), UnitId = unit.Id, Hostname = $"pc-{code.ToLowerInvariant()}", OsName = "Windows 7",
                Source = "manual", ObservedAt = Seeded,
            };
            tree.Devices[code] = new NetworkDevice
            {
                Id = Guid.NewGuid(), UnitId = unit.Id, Hostname = $"sw-{code.ToLowerInvariant()}", Kind = "switch", Vendor = "Cisco",
                Source = "manual", ObservedAt = Seeded,
            };
        }

        db.Computers.AddRange(tree.Computers.Values);
        db.NetworkDevices.AddRange(tree.Devices.Values);
        foreach (var user in tree.Users.Values)
        {
            var secret = ApiTokenSecret.Create();
            tree.TokensByUser[user.Id] = new ApiToken
            {
                Id = Guid.NewGuid(), UserId = user.Id, Name = "script", Prefix = ApiTokenSecret.PrefixOf(secret),
                SecretHash = ApiTokenSecret.Hash(secret), CreatedAt = Seeded,
            };
        }

        db.ApiTokens.AddRange(tree.TokensByUser.Values);
        await db.SaveChangesAsync();
        return tree;
    }

    /// <summary>The scope the server would build for <paramref name="userName"/>.</summary>
    public AccessContext AccessFor(string userName)
    {
        var user = Users[userName];
        var scope = AccessScope.ForUser(user.Id, user.Role, [.. user.Units.Select(b => b.UnitId)], SubtreeOf);
        return new AccessContext { Scope = scope, ActorId = user.Id, ActorName = user.UserName };
    }

    public IEnumerable<Guid> SubtreeOf(Guid unitId)
    {
        var root = Units.Values.Single(u => u.Id == unitId);
        return Units.Values.Where(u => UnitTree.IsInSubtree(u, root)).Select(u => u.Id);
    }

    public HashSet<Guid> UnitIds(params string[] codes) => [.. codes.Select(Id)];

    private void AddUnit(string code, string? parentCode, UnitKind kind)
    {
        var parent = parentCode is null ? null : Units[parentCode];
        var id = Guid.NewGuid();
        Units[code] = new OrgUnit
        {
            Id = id, ParentId = parent?.Id, Code = code, Name = $"Unit {code}", Kind = kind, Path = UnitTree.PathFor(id, parent),
            Depth = parent is null ? 0 : parent.Depth + 1, TimeZone = UnitTree.DefaultTimeZone, CreatedAt = Seeded, UpdatedAt = Seeded,
        };
    }

    private void AddUser(string userName, Role role, string unitCode)
    {
        var id = Guid.NewGuid();
        Users[userName] = new UserAccount
        {
            Id = id, UserName = userName, DisplayName = userName, Role = role, PasswordHash = "AQAAAAIAAYagAAAAE" + userName,
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = Seeded, Units = [new UserUnit { UserId = id, UnitId = Id(unitCode) }],
        };
    }
}
