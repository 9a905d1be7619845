using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Storage;

/// <summary>
/// Applies the versioned SQL scripts embedded under Migrations/&lt;Provider&gt;/NNNN_name.sql, each in its own
/// transaction, and records them in <c>schema_versions</c>. Several servers may start at once: PostgreSQL takes an
/// advisory lock and SQLite an immediate transaction, and the version is re-read under the lock.
/// </summary>
public static class SchemaMigrator
{
    private const long PostgresLockKey = 0x5669_6769_6C00; // "Vigil"

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>The scripts shipped for a provider, in version order.</summary>
    public static IReadOnlyList<Migration> MigrationsFor(StorageProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Vigil.Storage.Migrations.{provider}.";
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // The logical name keeps MSBuild's RecursiveDir, whose separator is the build machine's ('/' or '\').
            var normalised = resource.Replace('/', '.').Replace('\\', '.');
            if (!normalised.StartsWith(prefix, StringComparison.Ordinal) || !normalised.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = normalised[prefix.Length..^".sql".Length];
            var version = int.Parse(file.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            list.Add(new Migration(version, file[5..], ReadResource(assembly, resource)));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        return list;
    }

    public static int LatestVersion(StorageProvider provider) => MigrationsFor(provider)[^1].Version;

    /// <summary>Brings the database up to <paramref name="targetVersion"/> (default: latest). Returns the versions applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(StorageProvider provider, string connectionString, int? targetVersion = null, CancellationToken ct = default)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync(ct);
        if (provider == StorageProvider.Sqlite)
        {
            await ExecuteAsync(connection, null, SqliteTuning.ConnectionPragmas + SqliteTuning.DatabasePragmas, ct);
        }

        // On PostgreSQL, CREATE TABLE IF NOT EXISTS is not safe against itself: two sessions can both find the table
        // missing and the second fails on pg_type's unique index. So it too runs under the advisory lock.
        await using (var setup = await connection.BeginTransactionAsync(ct))
        {
            if (provider == StorageProvider.Postgres)
            {
                await ExecuteAsync(connection, setup, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
            }

            await ExecuteAsync(connection, setup, """
                CREATE TABLE IF NOT EXISTS schema_versions (
                    version integer NOT NULL PRIMARY KEY,
                    name text NOT NULL,
                    applied_at text NOT NULL
                )
                """, ct);
            await setup.CommitAsync(ct);
        }

        var applied = new List<int>();
        foreach (var migration in MigrationsFor(provider).Where(m => m.Version <= (targetVersion ?? int.MaxValue)))
        {
            await using var tx = provider == StorageProvider.Sqlite
                ? await BeginImmediateAsync((SqliteConnection)connection, ct)
                : await connection.BeginTransactionAsync(ct);
            if (provider == StorageProvider.Postgres)
            {
                await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
            }

            if (await CurrentVersionAsync(connection, tx, ct) >= migration.Version)
            {
                await tx.RollbackAsync(ct);
                continue;
            }

            await ExecuteAsync(connection, tx, migration.Sql, ct);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_versions (version, name, applied_at) VALUES (@v, @n, @t)";
                AddParameter(record, "@v", migration.Version);
                AddParameter(record, "@n", migration.Name);
                AddParameter(record, "@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The version a database is at; 0 for an empty database.</summary>
    public static async Task<int> CurrentVersionAsync(StorageProvider provider, string connectionString, CancellationToken ct = default)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync(ct);
        try
        {
            return await CurrentVersionAsync(connection, null, ct);
        }
        catch (DbException)
        {
            return 0;
        }
    }

    public static DbConnection Open(StorageProvider provider, string connectionString) => provider switch
    {
        StorageProvider.Sqlite => new SqliteConnection(connectionString),
        StorageProvider.Postgres => new NpgsqlConnection(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_versions";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static Task<DbTransaction> BeginImmediateAsync(SqliteConnection connection, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // Deferred transactions would let two starting servers both read the old version before either writes.
        return Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: false));
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
