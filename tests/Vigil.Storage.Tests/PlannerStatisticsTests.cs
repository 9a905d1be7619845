using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A statement prepared while its table was empty keeps a plan that reads the whole table; once a bulk writer has
/// filled the table, refreshing the planner statistics must replace that plan, and must not analyze a table again
/// until it has grown again.
/// </summary>
public class PlannerStatisticsTests
{
    private static readonly DateTime At = new(2026, 3, 9, 1, 2, 3, DateTimeKind.Utc);

    [Fact]
    public async Task A_plan_made_on_an_empty_table_is_replaced_once_the_writer_has_filled_it()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Postgres);
        var tree = await ScopeTree.SeedAsync(store);
        // As on a new installation: autovacuum analyzed the table while it held a few rows (it does so after 50), and
        // must not analyze it again behind the test's back.
        await store.ExecuteAsync("ALTER TABLE computer_identifiers SET (autovacuum_enabled = false)");
        await using (var db = store.CreateSystemContext())
        {
            await db.WriteAddedRowsAsync([await AddIdentifiersAsync(store, tree.Id("S1A"), 5)], CancellationToken.None);
        }

        await store.ExecuteAsync("ANALYZE computer_identifiers");

        await using var connection = await store.OpenConnectionAsync();
        await ExecuteAsync(connection, "SET plan_cache_mode = force_generic_plan");
        await ExecuteAsync(connection, "PREPARE lookup(text[]) AS SELECT kind, computer_id FROM computer_identifiers WHERE value = ANY ($1)");
        Assert.Contains("Seq Scan", await PlanAsync(connection), StringComparison.Ordinal);

        var statistics = new PlannerStatistics();
        // Enough rows that reading the table costs more than reading the index (under some 4,000 the scan is cheaper).
        var rows = await AddIdentifiersAsync(store, tree.Id("S1A"), 5000);
        await using (var db = store.CreateSystemContext())
        {
            await db.WriteAddedRowsAsync([rows], CancellationToken.None);
            var due = statistics.Note(db, [rows]);
            Assert.Equal(["computer_identifiers"], due); // the one computer row is far from a check
            Assert.Contains("Seq Scan", await PlanAsync(connection), StringComparison.Ordinal); // the stale plan, still cached

            Assert.Equal(["computer_identifiers"], await statistics.RefreshAsync(db, due, CancellationToken.None));
            Assert.DoesNotContain("Seq Scan", await PlanAsync(connection), StringComparison.Ordinal);

        }

        // Counting starts again after an analysis. Now that the planner knows of 5,005 rows, a check after another
        // 1,000 finds too few new rows to matter and waits until as many rows have been added as there were.
        await using (var db = store.CreateSystemContext())
        {
            var more = await AddIdentifiersAsync(store, tree.Id("S1A"), PlannerStatistics.CheckEvery - 1);
            Assert.Empty(statistics.Note(db, [more]));
            var due = statistics.Note(db, [await AddIdentifiersAsync(store, tree.Id("S1A"), 1)]);
            Assert.Equal(["computer_identifiers"], due);
            Assert.Empty(await statistics.RefreshAsync(db, due, CancellationToken.None));
            Assert.Empty(statistics.Note(db, [await AddIdentifiersAsync(store, tree.Id("S1A"), 4000)]));
            Assert.Equal(["computer_identifiers"], statistics.Note(db, [await AddIdentifiersAsync(store, tree.Id("S1A"), 5)]));
        }
    }

    [Fact]
    public async Task SQLite_keeps_no_plans_and_is_left_alone()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        var tree = await ScopeTree.SeedAsync(store);
        var rows = await AddIdentifiersAsync(store, tree.Id("S1A"), PlannerStatistics.CheckEvery + 1);
        await using var db = store.CreateSystemContext();
        Assert.Empty(new PlannerStatistics().Note(db, [rows]));
        Assert.Empty(await new PlannerStatistics().RefreshAsync(db, ["computer_identifiers"], CancellationToken.None));
    }

    /// <summary>A computer and <paramref name="count"/> identifiers of it, taken as rows for a writer.</summary>
    private static async Task<AddedRows> AddIdentifiersAsync(TestStore store, Guid unit, int count)
    {
        await using var db = store.CreateSystemContext();
        var computer = new Computer { Id = Guid.CreateVersion7(), UnitId = unit, Hostname = "pc-" + Guid.NewGuid().ToString("N")[..8], ObservedAt = At };
        db.Computers.Add(computer);
        for (var i = 0; i < count; i++)
        {
            db.ComputerIdentifiers.Add(new ComputerIdentifier { Kind = IdentityKind.Serial, Value = $"sn-{computer.Id:N}-{i}", ComputerId = computer.Id, UnitId = unit });
        }

        return (await db.TakeAddedRowsAsync(CancellationToken.None))!;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> PlanAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN EXECUTE lookup(ARRAY['sn-1', 'sn-2'])";
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
