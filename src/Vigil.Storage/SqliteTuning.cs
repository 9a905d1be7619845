using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vigil.Storage;

/// <summary>
/// How Vigil runs SQLite. The write-ahead log lets readers go on while one writer commits, and a commit is one append
/// and one fsync instead of the rollback journal's several. synchronous=FULL keeps every acknowledged commit through
/// a power cut (NORMAL would be faster but may lose the last ones, and agents delete what the server acknowledged).
/// The busy timeout makes a writer wait inside SQLite for the lock, in short steps, instead of failing or falling
/// into Microsoft.Data.Sqlite's fixed 150 ms sleep-and-retry.
/// </summary>
public static class SqliteTuning
{
    /// <summary>How long a statement waits for another connection's write lock before giving up with SQLITE_BUSY.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Per connection; SQLite forgets these when the connection closes.</summary>
    public static readonly string ConnectionPragmas =
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;");

    /// <summary>Stored in the database file: set once, before the first migration.</summary>
    public const string DatabasePragmas = "PRAGMA journal_mode = WAL;";

    /// <summary>Applies <see cref="ConnectionPragmas"/> to every connection EF Core opens.</summary>
    internal sealed class Interceptor : DbConnectionInterceptor
    {
        public static readonly Interceptor Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
