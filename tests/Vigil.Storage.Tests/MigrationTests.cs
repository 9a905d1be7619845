using Microsoft.EntityFrameworkCore;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

public class MigrationTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Migrations_apply_from_an_empty_database_and_record_every_version(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        Assert.Equal(0, await SchemaMigrator.CurrentVersionAsync(provider, store.ConnectionString));

        var applied = await store.MigrateAsync();

        var shipped = SchemaMigrator.MigrationsFor(provider);
        Assert.NotEmpty(shipped);
        Assert.Equal(shipped.Select(m => m.Version), applied);
        Assert.Equal(SchemaMigrator.LatestVersion(provider), await SchemaMigrator.CurrentVersionAsync(provider, store.ConnectionString));
        Assert.Equal(shipped.Count, await store.CountAsync("schema_versions"));
        var tables = await store.TablesAsync();
        foreach (var table in new[] { "units", "users", "user_units", "api_tokens", "audit_entries", "data_protection_keys", "job_runs", "computers", "network_devices", "enrolment_tokens", "agents", "agent_receipts", "agent_commands", "compliance_results", "compliance_changes", "compliance_daily_counts", "esu_exceptions", "remediation_items", "remediation_events", "compliance_evaluation_state" })
        {
            Assert.Contains(table, tables);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Migrating_twice_is_a_no_op(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var before = await store.SnapshotAsync();

        var applied = await store.MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Migrating_step_by_step_reaches_the_same_schema(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        Assert.Equal([1], await store.MigrateAsync(targetVersion: 1));
        Assert.DoesNotContain("computers", await store.TablesAsync());

        var rest = await store.MigrateAsync();

        Assert.Equal(SchemaMigrator.MigrationsFor(provider).Select(m => m.Version).Where(v => v > 1), rest);
        Assert.Contains("computers", await store.TablesAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void Both_providers_ship_the_same_versions_and_names(StorageProvider provider)
    {
        var other = provider == StorageProvider.Sqlite ? StorageProvider.Postgres : StorageProvider.Sqlite;
        var mine = SchemaMigrator.MigrationsFor(provider).Select(m => (m.Version, m.Name)).ToList();

        Assert.NotEmpty(mine);
        Assert.Equal(mine, SchemaMigrator.MigrationsFor(other).Select(m => (m.Version, m.Name)));
        // Strictly increasing from 1; parallel branches reserve their numbers (0015 is incidents), so a gap can exist until they merge.
        Assert.Equal(1, mine[0].Version);
        Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First.Version < p.Second.Version), "migration versions must increase");
    }

    [Fact]
    public async Task Sqlite_runs_with_a_write_ahead_log_full_sync_and_a_busy_timeout()
    {
        // Durability and concurrency depend on these: WAL lets readers go on beside the writer, FULL keeps every
        // acknowledged commit through a power cut, and the timeout makes writers queue instead of failing.
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var db = store.CreateSystemContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
        Assert.Equal(SqliteTuning.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), await PragmaAsync(connection, "busy_timeout"));
    }

    private static async Task<string?> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
