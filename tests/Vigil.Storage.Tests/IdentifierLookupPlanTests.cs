using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A report's identifiers are looked up by value alone (`value IN (…)` / `value = ANY(…)`, as EF writes the ingest's
/// Contains). The primary key (kind, value) cannot serve that, so without its own index every first report read the
/// whole table. The plans below must use the index on both providers.
/// </summary>
public class IdentifierLookupPlanTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Looking_identifiers_up_by_value_uses_an_index(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateSystemContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        string plan;
        if (provider == StorageProvider.Postgres)
        {
            // The table is empty, so the planner would rightly pick a scan; forbidding scans shows whether an index exists.
            await ExecuteAsync(connection, "SET enable_seqscan = off");
            plan = await PlanAsync(connection, "EXPLAIN SELECT kind, value, unit_id, computer_id FROM computer_identifiers WHERE value = ANY (ARRAY['00:11:22:33:44:55', 'SERIAL-1'])");
        }
        else
        {
            plan = await PlanAsync(connection, "EXPLAIN QUERY PLAN SELECT kind, value, unit_id, computer_id FROM computer_identifiers WHERE value IN ('00:11:22:33:44:55', 'SERIAL-1')");
        }

        Assert.Contains("ix_computer_identifiers_value", plan, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> PlanAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            // PostgreSQL gives one text column per line; SQLite's query plan puts the text in its last column.
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }
}
