using System.Globalization;
using Npgsql;

namespace Vigil.TestKit;

/// <summary>
/// The PostgreSQL server the tests use, named by <see cref="EnvironmentVariable"/>. ./test.sh starts a throwaway one
/// and sets it; without it PostgreSQL tests fail (never skip) so that a green run always means both providers passed.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "VIGIL_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> s_server = new(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the server as given, checked once per process.</summary>
    public static Task<string> ServerConnectionStringAsync() => s_server.Value;

    /// <summary>Creates a fresh, uniquely named database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        var server = await ServerConnectionStringAsync();
        var name = "vigil_test_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Database is not { } name || !name.StartsWith("vigil_test_", StringComparison.Ordinal))
        {
            throw new ArgumentException("Only databases made by CreateDatabaseAsync are dropped.", nameof(connectionString));
        }

        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(await ServerConnectionStringAsync());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string> ConnectAsync()
    {
        var server = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL. Run ./test.sh at the repository root (it starts a throwaway server), " +
                $"or set {EnvironmentVariable} to an Npgsql connection string for a user who may CREATE DATABASE.");
        }

        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            return server;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Cannot connect to the PostgreSQL server named by {EnvironmentVariable} ({e.Message}). " +
                "Run ./test.sh, which starts its own server, or fix the connection string.", e);
        }
    }
}
