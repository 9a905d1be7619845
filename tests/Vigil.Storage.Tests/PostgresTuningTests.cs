using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>PostgreSQL connections skip the pool's DISCARD ALL and prepare repeated statements, unless told otherwise.</summary>
public class PostgresTuningTests
{
    [Fact]
    public void Defaults_are_added_only_for_settings_the_connection_string_does_not_mention()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresTuning.Tune("Host=db.example;Database=vigil;Username=vigil"));
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PostgresTuning.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal("db.example", tuned.Host);

        // An operator behind a transaction-mode pooler turns preparing off, and says so in either spelling.
        var told = new NpgsqlConnectionStringBuilder(PostgresTuning.Tune("Host=db.example;MaxAutoPrepare=0;no reset on close=false"));
        Assert.Equal(0, told.MaxAutoPrepare);
        Assert.False(told.NoResetOnClose);
    }

    [Fact]
    public async Task A_statement_run_repeatedly_through_the_context_is_prepared_on_its_connection()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Postgres);
        for (var i = 0; i < 8; i++)
        {
            // A new context each time, as requests do: the statement survives the connection's return to the pool.
            await using var db = store.CreateSystemContext();
            _ = await db.ComputerIdentifiers.AsNoTracking().Where(c => c.Value == "AA:BB:CC:DD:EE:" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).CountAsync();
        }

        await using var probe = store.CreateSystemContext();
        var prepared = await probe.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%computer_identifiers%'").SingleAsync();
        Assert.True(prepared >= 1, "The repeated lookup was not prepared; is the pool still resetting connections?");
    }

    [Fact]
    public async Task Snapshots_and_program_lists_are_compressed_with_lz4_when_the_server_has_it()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Postgres);
        await using var db = store.CreateSystemContext();
        bool serverHasLz4;
        try
        {
            // Accepted only by a server built with lz4, which is when migrations 0017 and 0019 switch the columns.
            await db.Database.ExecuteSqlRawAsync("SET default_toast_compression = 'lz4'");
            serverHasLz4 = true;
        }
        catch (PostgresException)
        {
            serverHasLz4 = false;
        }

        var methods = await db.Database.SqlQueryRaw<string>(
            "SELECT coalesce(nullif(attcompression::text, ''), 'default') AS \"Value\" FROM pg_attribute " +
            "WHERE (attname = 'snapshot_json' AND attrelid IN ('computer_sources'::regclass, 'unassigned_reports'::regclass)) " +
            "OR (attname IN ('installed_software', 'hotfixes') AND attrelid = 'computers'::regclass)").ToListAsync();
        Assert.Equal(4, methods.Count);
        Assert.All(methods, m => Assert.Equal(serverHasLz4 ? "l" : "default", m));
    }
}
