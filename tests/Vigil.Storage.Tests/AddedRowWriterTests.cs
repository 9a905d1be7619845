using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// Saves that only add rows are written table by table (binary COPY on PostgreSQL, a prepared INSERT per row on
/// SQLite), by the save itself or, for the inventory's group commit, by another context: the stored rows must be
/// exactly those EF Core writes, a failure must leave nothing behind, and the scope guard and the audit trail must
/// apply as to any save.
/// </summary>
public class AddedRowWriterTests
{
    private static readonly DateTime At = new(2026, 3, 9, 1, 2, 3, 456, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Rows_written_either_way_are_the_rows_EF_Core_writes(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var unit = tree.Id("S1A");

        // EF Core's own path: the same save also changes a unit, which only EF Core writes.
        var byEf = Graph(unit, "ef");
        await using (var db = store.CreateSystemContext())
        {
            Add(db, byEf);
            (await db.Units.SingleAsync(u => u.Id == unit)).ContactPhone = "0215 3 111 222";
            Assert.Null(await db.TakeAddedRowsAsync(CancellationToken.None));
            await db.SaveChangesAsync();
        }

        // The save's own path for new rows.
        var bySave = Graph(unit, "save");
        await using (var db = store.CreateSystemContext())
        {
            Add(db, bySave);
            await db.SaveChangesAsync();
        }

        // Taken from one context and written by another, as the group commit does, together with a second set.
        var taken = Graph(unit, "taken");
        var second = Graph(unit, "second");
        await using (var source = store.CreateSystemContext())
        await using (var other = store.CreateSystemContext())
        await using (var writer = store.CreateSystemContext())
        {
            Add(source, taken);
            Add(other, second);
            var rows = await source.TakeAddedRowsAsync(CancellationToken.None);
            var rows2 = await other.TakeAddedRowsAsync(CancellationToken.None);
            Assert.Equal(6, rows!.Count); // the computer and its five rows; a system's inventory rows are not audited
            await writer.WriteAddedRowsAsync([rows, rows2!], CancellationToken.None);
            source.ForgetTakenRows();
            Assert.Empty(source.ChangeTracker.Entries());
            Assert.Equal(0, await source.SaveChangesAsync()); // a later save of the same context writes nothing again
        }

        await using var connection = await store.OpenConnectionAsync();
        foreach (var (table, key) in new[] { ("computers", "id"), ("computer_identifiers", "computer_id"), ("compliance_results", "computer_id"), ("computer_changes", "computer_id") })
        {
            var expected = await RowsAsync(connection, table, key, byEf.Computer.Id);
            Assert.NotEmpty(expected);
            foreach (var graph in new[] { bySave, taken, second })
            {
                Assert.Equal(expected, await RowsAsync(connection, table, key, graph.Computer.Id));
            }
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_failed_write_raises_the_save_error_and_leaves_nothing(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var unit = tree.Id("S1A");
        var first = Graph(unit, "first");
        await using (var db = store.CreateSystemContext())
        {
            Add(db, first);
            await db.SaveChangesAsync();
        }

        // A second computer claiming the first one's serial: the identifier's key is unique.
        var clash = Graph(unit, "clash");
        clash.Identifiers[0].Value = first.Identifiers[0].Value;
        await using (var db = store.CreateSystemContext())
        {
            Add(db, clash);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var fine = Graph(unit, "fine");
        var again = Graph(unit, "again");
        again.Identifiers[0].Value = first.Identifiers[0].Value;
        await using (var a = store.CreateSystemContext())
        await using (var b = store.CreateSystemContext())
        await using (var writer = store.CreateSystemContext())
        {
            Add(a, fine);
            Add(b, again);
            var sets = new[] { (await a.TakeAddedRowsAsync(CancellationToken.None))!, (await b.TakeAddedRowsAsync(CancellationToken.None))! };
            await Assert.ThrowsAsync<DbUpdateException>(() => writer.WriteAddedRowsAsync(sets, CancellationToken.None));
        }

        await using var read = store.CreateSystemContext();
        var hostnames = await read.Computers.Where(c => c.UnitId == unit).Select(c => c.Hostname).ToListAsync();
        Assert.Contains("pc-first", hostnames);
        Assert.DoesNotContain("pc-clash", hostnames);
        Assert.DoesNotContain("pc-fine", hostnames); // written in the same transaction as the failing set
        Assert.Equal(0, await read.ComplianceResults.CountAsync(r => r.ComputerId == clash.Computer.Id || r.ComputerId == fine.Computer.Id));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Taken_rows_pass_the_scope_guard_and_are_audited(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);

        await using (var officer = store.CreateContext(tree.AccessFor("officer.s1a")))
        {
            officer.Computers.Add(new Computer { Id = Guid.CreateVersion7(), UnitId = tree.Id("S1B"), Hostname = "pc-elsewhere", ObservedAt = At });
            await Assert.ThrowsAsync<ScopeViolationException>(() => officer.TakeAddedRowsAsync(CancellationToken.None));
        }

        var mine = new Computer { Id = Guid.CreateVersion7(), UnitId = tree.Id("S1A"), Hostname = "pc-mine", ObservedAt = At };
        await using (var officer = store.CreateContext(tree.AccessFor("officer.s1a")))
        await using (var writer = store.CreateSystemContext())
        {
            officer.Computers.Add(mine);
            var rows = await officer.TakeAddedRowsAsync(CancellationToken.None);
            Assert.Equal(2, rows!.Count); // the computer and its audit entry
            await writer.WriteAddedRowsAsync([rows], CancellationToken.None);
        }

        await using var read = store.CreateSystemContext();
        Assert.Equal(0, await read.Computers.CountAsync(c => c.Hostname == "pc-elsewhere"));
        var audit = await read.AuditEntries.SingleAsync(a => a.EntityId == mine.Id.ToString());
        Assert.Equal(("created", "officer.s1a"), (audit.Action, audit.ActorName));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_row_pointing_into_its_own_table_is_left_to_EF_Core(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var commune = tree.Units["C1"];
        await using (var db = store.CreateSystemContext())
        {
            // A new unit under another new unit, added first: the parent's row must be written before it.
            var parent = Unit(commune, "C1-NEW");
            var child = Unit(parent, "C1-NEW-S");
            db.Units.AddRange(child, parent);
            Assert.Null(await db.TakeAddedRowsAsync(CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await using var read = store.CreateSystemContext();
        Assert.Equal(2, await read.Units.CountAsync(u => u.Code.StartsWith("C1-NEW")));
    }

    private static OrgUnit Unit(OrgUnit parent, string code)
    {
        var id = Guid.CreateVersion7();
        return new OrgUnit
        {
            Id = id, ParentId = parent.Id, Code = code, Name = code, Kind = UnitKind.School, Path = UnitTree.PathFor(id, parent),
            Depth = parent.Depth + 1, TimeZone = UnitTree.DefaultTimeZone, CreatedAt = At, UpdatedAt = At,
        };
    }

    private sealed record Rows(Computer Computer, List<ComputerIdentifier> Identifiers, List<ComplianceResult> Results, List<ComputerChange> Changes);

    /// <summary>A computer with most of its columns set, in every representation the model converts, and its rows.</summary>
    private static Rows Graph(Guid unit, string name)
    {
        var computer = new Computer
        {
            Id = Guid.CreateVersion7(), UnitId = unit, Hostname = "pc-" + name, Domain = "sogd.local", SmbiosUuid = "4C4C4544-" + name,
            SerialNumber = "SN-" + name, MacAddresses = "00:1A:2B:3C:4D:5E", Manufacturer = "Dell Inc.", Model = "OptiPlex 3020",
            Owner = "Nguyễn Văn Đức", IsPersonal = true, OsFamily = OsFamily.Windows, OsRelease = "7", OsName = "Windows 7 Professional",
            OsVersion = "6.1.7601", OsEdition = "Professional", OsBuild = "7601", OsServicePack = "Service Pack 1", OsArchitecture = "64-bit",
            OsInstalledAt = At.AddYears(-9), CpuModel = "Intel(R) Core(TM) i3-4160 CPU @ 3.60GHz", CpuVendor = "Intel", CpuBrand = "Core i3",
            CpuGeneration = 4, CpuCores = 2, RamMb = 4096, DiskSummary = "SSD 120 GB", LargestSsdGb = 120, TotalDiskGb = 620, TpmVersion = null,
            Uefi = false, SecureBoot = null, Smb1Enabled = true, Source = "agent", ObservedAt = At,
        };
        return new Rows(
            computer,
            [
                new() { Kind = IdentityKind.Serial, Value = "sn-" + name, ComputerId = computer.Id, UnitId = unit },
                new() { Kind = IdentityKind.Mac, Value = "00:1a:2b:3c:4d:" + name, ComputerId = computer.Id, UnitId = unit },
            ],
            [
                new()
                {
                    ComputerId = computer.Id, RuleId = "os-supported", UnitId = unit, Status = ComplianceStatus.Fail, Remediation = RemediationKind.ReinstallOs,
                    Reason = "Windows 7 hết hỗ trợ", EvidenceJson = "[{\"fact\":\"os\"}]", DataObservedAt = At, AsOf = new DateOnly(2026, 3, 9),
                    Fingerprint = "f1", Since = At, EvaluatedAt = At,
                },
                new()
                {
                    ComputerId = computer.Id, RuleId = "smb1-off", UnitId = unit, Status = ComplianceStatus.Unknown, Remediation = RemediationKind.None,
                    Reason = "", DataObservedAt = null, AsOf = new DateOnly(2026, 3, 9), Fingerprint = "f2", Since = At, EvaluatedAt = At,
                },
            ],
            [
                new()
                {
                    Id = Guid.CreateVersion7(), ComputerId = computer.Id, UnitId = unit, Source = InventorySource.Ocs, ObservedAt = At, Field = "source",
                    OldValue = null, NewValue = "ocs " + name, Actor = null,
                },
            ]);
    }

    private static void Add(VigilDbContext db, Rows rows)
    {
        db.Computers.Add(rows.Computer);
        db.ComputerIdentifiers.AddRange(rows.Identifiers);
        db.ComplianceResults.AddRange(rows.Results);
        db.ComputerChanges.AddRange(rows.Changes);
    }

    /// <summary>The rows as the database stores them, without the columns that name the computer.</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table, string key, Guid computerId)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {key} = @id";
        var id = command.CreateParameter();
        id.ParameterName = "id";
        id.Value = connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal) ? computerId : computerId.ToString().ToUpperInvariant();
        command.Parameters.Add(id);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var cells = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                if (column is "id" or "computer_id" or "hostname" or "smbios_uuid" or "serial_number" or "value" or "new_value")
                {
                    continue;
                }

                cells.Add(column + "=" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + ":" + reader.GetFieldType(i).Name);
            }

            rows.Add(string.Join("|", cells));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
