using Npgsql;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Operations.Tests;

/// <summary>
/// Several servers starting at once against an empty PostgreSQL database, reduced to the migrator so that the race
/// is hit many times per run instead of once per pair of processes.
/// </summary>
public sealed class ConcurrentMigrationTests
{
    [Fact]
    public async Task Migrations_started_at_once_by_many_instances_on_an_empty_postgres_database_all_succeed_once()
    {
        const int rounds = 15;
        const int instances = 6;
        for (var round = 0; round < rounds; round++)
        {
            var database = await PostgresServer.CreateDatabaseAsync();
            try
            {
                using var start = new ManualResetEventSlim();
                var migrations = Enumerable.Range(0, instances)
                    .Select(_ => Task.Run(async () =>
                    {
                        start.Wait();
                        return await SchemaMigrator.MigrateAsync(StorageProvider.Postgres, database);
                    }))
                    .ToList();
                start.Set();
                var applied = await Task.WhenAll(migrations);

                Assert.Equal(
                    SchemaMigrator.MigrationsFor(StorageProvider.Postgres).Select(m => m.Version),
                    applied.SelectMany(a => a).Order());
                await using var connection = new NpgsqlConnection(database);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT count(*) = count(DISTINCT version) FROM schema_versions", connection);
                Assert.True((bool)(await command.ExecuteScalarAsync())!);
            }
            finally
            {
                await PostgresServer.DropDatabaseAsync(database);
            }
        }
    }
}
