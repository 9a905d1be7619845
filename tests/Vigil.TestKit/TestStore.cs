using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.TestKit;

/// <summary>
/// A real, empty database of one provider for one test: a SQLite file in a temp directory or a fresh PostgreSQL
/// database. Lets the same test body run on both providers:
/// <code>
/// [Theory, InlineData(StorageProvider.Sqlite), InlineData(StorageProvider.Postgres)]
/// public async Task Works(StorageProvider provider)
/// {
///     await using var store = await TestStore.CreateAsync(provider);
///     await using var db = store.CreateContext(AccessContext.ForSystem());
/// }
/// </code>
/// </summary>
public sealed partial class TestStore : IAsyncDisposable
{
    private readonly TempDirectory? _directory;

    private TestStore(StorageProvider provider, StorageOptions options, TempDirectory? directory)
    {
        Provider = provider;
        Options = options;
        _directory = directory;
        var builder = new DbContextOptionsBuilder<VigilDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, options);
        ContextOptions = builder.Options;
    }

    public StorageProvider Provider { get; }

    public StorageOptions Options { get; }

    public DbContextOptions<VigilDbContext> ContextOptions { get; }

    public string ConnectionString => StorageServiceCollectionExtensions.ConnectionStringFor(Options);

    /// <summary>The SQLite database file (SQLite only).</summary>
    public string SqlitePath => Provider == StorageProvider.Sqlite ? Options.SqlitePath : throw new InvalidOperationException("Not a SQLite store.");

    /// <summary>A store migrated to <paramref name="targetVersion"/> (default: the latest schema).</summary>
    public static async Task<TestStore> CreateAsync(StorageProvider provider, int? targetVersion = null)
    {
        var store = await CreateEmptyAsync(provider);
        try
        {
            await store.MigrateAsync(targetVersion);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>A store with no tables at all (for migration tests, or to be filled from a fixture).</summary>
    public static async Task<TestStore> CreateEmptyAsync(StorageProvider provider)
    {
        switch (provider)
        {
            case StorageProvider.Sqlite:
                var directory = new TempDirectory();
                Directory.CreateDirectory(directory.Combine("data"));
                return new TestStore(provider, new StorageOptions { Provider = provider, DataDirectory = directory.Combine("data") }, directory);
            case StorageProvider.Postgres:
                var connectionString = await PostgresServer.CreateDatabaseAsync();
                return new TestStore(provider, new StorageOptions { Provider = provider, ConnectionString = connectionString }, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    public Task<IReadOnlyList<int>> MigrateAsync(int? targetVersion = null) =>
        SchemaMigrator.MigrateAsync(Provider, ConnectionString, targetVersion);

    public VigilDbContext CreateContext(AccessContext access, TimeProvider? clock = null) =>
        VigilDbContext.Create(ContextOptions, access, clock ?? TimeProvider.System);

    public VigilDbContext CreateSystemContext(string actorName = "test") => CreateContext(AccessContext.ForSystem(actorName));

    /// <summary>An open ADO.NET connection to the store, bypassing EF (and so the scope filters).</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = SchemaMigrator.Open(Provider, ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>Rows of <paramref name="table"/>, counted in SQL without any scope filter.</summary>
    public async Task<long> CountAsync(string table) =>
        Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (Provider == StorageProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }

        _directory?.Dispose();
    }
}
