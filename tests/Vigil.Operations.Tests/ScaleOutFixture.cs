using Npgsql;
using Vigil.TestKit;

namespace Vigil.Operations.Tests;

/// <summary>
/// Two vigil-server processes, instances "a" and "b", started at the same moment against one EMPTY PostgreSQL
/// database, so that schema migration and the first administrator are created under contention.
/// </summary>
public sealed class ScaleOutFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string ConnectionString { get; private set; } = "";

    public ServerProcess A { get; private set; } = null!;

    public ServerProcess B { get; private set; } = null!;

    /// <summary>When both instances were ready: from here on every job occurrence has two candidates.</summary>
    public DateTime BothReadyAtUtc { get; private set; }

    public string Describe() => $"{A?.Describe()}{Environment.NewLine}{B?.Describe()}";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync();
        string[] storage = ["--Storage:Provider=Postgres", $"--Storage:ConnectionString={ConnectionString}"];
        Directory.CreateDirectory(_temp.Combine("a"));
        Directory.CreateDirectory(_temp.Combine("b"));
        var a = ServerProcess.StartAsync(_temp.Combine("a"), "a", storage);
        var b = ServerProcess.StartAsync(_temp.Combine("b"), "b", storage);
        try
        {
            await Task.WhenAll(a, b);
        }
        catch
        {
            // Whichever did start must not outlive the failure; the exception carries the other's output.
            foreach (var started in new[] { a, b }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }

        A = a.Result;
        B = b.Result;
        BothReadyAtUtc = DateTime.UtcNow;
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (ConnectionString.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }

        _temp.Dispose();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record JobRunRow(DateTime DueAt, string Instance, DateTime StartedAt, DateTime? FinishedAt, string? Error);

    public async Task<List<JobRunRow>> JobRunsAsync(string jobName)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT due_at, instance, started_at, finished_at, error FROM job_runs WHERE job_name = @job ORDER BY due_at, started_at", connection);
        command.Parameters.AddWithValue("job", jobName);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<JobRunRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new JobRunRow(
                reader.GetDateTime(0),
                reader.GetString(1),
                reader.GetDateTime(2),
                reader.IsDBNull(3) ? null : reader.GetDateTime(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }
}
