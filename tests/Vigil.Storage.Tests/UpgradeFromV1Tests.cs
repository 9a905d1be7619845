using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Domain.Access;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A database written by a schema-version-1 server (tests/fixtures/schema-v1, see its README) upgrades in place:
/// every row survives and the tables added since work.
/// </summary>
public class UpgradeFromV1Tests
{
    private static readonly DateTime Created = new(2025, 6, 20, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid School = Guid.Parse("0197a000-0000-7000-8000-000000000004");
    private static readonly Guid Coordinator = Guid.Parse("0197a000-0000-7000-8000-000000000102");

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_version_1_database_upgrades_with_its_data_intact(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        await LoadFixtureAsync(store);
        Assert.Equal(1, await SchemaMigrator.CurrentVersionAsync(provider, store.ConnectionString));
        var auditRows = await store.CountAsync("audit_entries");

        var applied = await store.MigrateAsync();

        Assert.Equal(SchemaMigrator.MigrationsFor(provider).Where(m => m.Version > 1).Select(m => m.Version), applied);
        await using (var db = store.CreateSystemContext())
        {
            var units = await db.Units.OrderBy(u => u.Depth).ThenBy(u => u.Code).ToListAsync();
            Assert.Equal(["DB", "DB-MUONGANG", "DB-TANTHANH", "DB-MUONGANG-THCS", "DB-TANTHANH-TYT"], units.Select(u => u.Code));
            var school = units.Single(u => u.Id == School);
            Assert.Equal("Trường THCS Mường Ảng", school.Name);
            Assert.Equal(UnitKind.School, school.Kind);
            Assert.Equal(units.Single(u => u.Code == "DB-MUONGANG").Id, school.ParentId);
            Assert.Equal(2, school.Depth);
            Assert.EndsWith("/0197a000000070008000000000000004/", school.Path, StringComparison.Ordinal);
            Assert.Equal("Vũ Văn Hùng", school.ContactName);
            Assert.Equal(Created.AddDays(1), school.UpdatedAt);
            Assert.Equal(DateTimeKind.Utc, school.UpdatedAt.Kind);
            Assert.Equal("Huyện Mường Ảng", units.Single(u => u.Code == "DB-MUONGANG").FormerDistrict);

            var users = await db.Users.Include(u => u.Units).OrderBy(u => u.UserName).ToListAsync();
            Assert.Equal(["admin", "hung.vv", "lan.nt", "minh.lt"], users.Select(u => u.UserName));
            Assert.Equal([Role.Administrator, Role.UnitOfficer, Role.Coordinator, Role.Viewer], users.Select(u => u.Role));
            Assert.Equal("Nguyễn Thị Lan", users[2].DisplayName);
            Assert.Equal("en", users[1].Language);
            Assert.Equal(2, users[3].Units.Count);
            Assert.Equal(5, await db.UserUnits.CountAsync());
            Assert.All(users, u => Assert.StartsWith("AQAAAAIAAYagAAAAEFIXTURE", u.PasswordHash, StringComparison.Ordinal));

            var tokens = await db.ApiTokens.OrderBy(t => t.Prefix).ToListAsync();
            Assert.Equal(2, tokens.Count);
            Assert.Equal(ApiTokenSecret.Hash("vgl_fixture-token-one-not-a-secret"), tokens[0].SecretHash);
            Assert.Equal(Created.AddDays(90), tokens[0].ExpiresAt);
            Assert.True(tokens[0].IsActive(Created.AddDays(1)));
            Assert.False(tokens[1].IsActive(Created.AddDays(2)));

            var audit = await db.AuditEntries.ToListAsync();
            Assert.Equal(auditRows, audit.Count);
            Assert.Contains(audit, a => a.Action == "sign_in_failed" && a.UnitId == School);
            var edit = Assert.Single(audit, a => a.ActorId == Coordinator);
            Assert.Equal("updated", edit.Action);
            Assert.Contains("Vũ Văn Hùng", System.Text.Json.JsonDocument.Parse(edit.After!).RootElement.GetProperty("ContactName").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(audit, a => (a.After ?? "").Contains("FIXTURE", StringComparison.Ordinal));
        }

        // The version-2 tables work for a v1 user with a v1 scope.
        var access = new AccessContext
        {
            Scope = AccessScope.ForUser(Coordinator, Role.Coordinator, [School], _ => [School]), ActorId = Coordinator, ActorName = "lan.nt",
        };
        await using (var db = store.CreateContext(access))
        {
            db.Computers.Add(new Computer
            {
                Id = Guid.NewGuid(), UnitId = School, Hostname = "THCS-KT01", OsName = "Windows 7", RamMb = 4096, Source = "manual", ObservedAt = Created,
            });
            db.NetworkDevices.Add(new NetworkDevice
            {
                Id = Guid.NewGuid(), UnitId = School, Hostname = "THCS-SW1", Kind = "switch", Vendor = "Cisco", Source = "manual", ObservedAt = Created,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = store.CreateContext(access))
        {
            Assert.Equal("THCS-KT01", (await db.Computers.SingleAsync()).Hostname);
            Assert.Equal("THCS-SW1", (await db.NetworkDevices.SingleAsync()).Hostname);
        }

        Assert.Equal(auditRows + 2, await store.CountAsync("audit_entries"));
        Assert.Empty(await store.MigrateAsync());
    }

    private static async Task LoadFixtureAsync(TestStore store)
    {
        if (store.Provider == StorageProvider.Sqlite)
        {
            File.Copy(RepositoryFiles.Fixture("schema-v1", "vigil-v1.db"), store.SqlitePath);
            return;
        }

        // A plain pg_dump: drop psql meta-commands (\restrict…) and run the rest as one batch on its own session,
        // since the dump changes search_path.
        var sql = new StringBuilder();
        foreach (var line in await File.ReadAllLinesAsync(RepositoryFiles.Fixture("schema-v1", "postgres-v1.sql")))
        {
            if (!line.StartsWith('\\'))
            {
                sql.AppendLine(line);
            }
        }

        var unpooled = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.ToString(), connection);
        await command.ExecuteNonQueryAsync();
    }
}
