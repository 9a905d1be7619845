using System.Collections.Concurrent;
using System.Diagnostics;

namespace Vigil.Bench.InventoryLoad;

/// <summary>What one machine contact ended with: a status word to count, or an error to report.</summary>
internal readonly record struct ContactOutcome(string? Status, string? Error)
{
    public static ContactOutcome Ok(string status) => new(status, null);

    public static ContactOutcome Failed(string error) => new(null, error);
}

/// <summary>
/// Runs contacts from a fixed number of concurrent clients, each sending its next request as soon as the last one is
/// answered (closed loop, like wrk). Machines are handed out in order: in "first" mode each index once, in "repeat"
/// mode round robin over the pool.
/// </summary>
internal sealed class LoadRunner(int concurrency, Func<int, CancellationToken, Task<ContactOutcome>> contact)
{
    private const int MaxErrorsBeforeAbort = 100;

    /// <summary>Sends every machine in [from, to) once without timing: the first reports of repeat mode's pool.</summary>
    public async Task<LoadStats> WarmUpAsync(int from, int to, CancellationToken ct)
    {
        var stats = new LoadStats();
        await Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
            stats.Record(await contact(i, token)));
        return stats;
    }

    /// <param name="machineOf">Maps the n-th request to a machine index; null when no machine is left.</param>
    /// <param name="minimum">Requests sent even when the duration is over (a warm-up's floor).</param>
    /// <remarks>Every request number handed out is sent, so in "first" mode the machines used are [0, Requests).</remarks>
    public async Task<LoadStats> RunAsync(Func<long, int?> machineOf, TimeSpan duration, long? count, CancellationToken ct, long minimum = 0)
    {
        var stats = new LoadStats();
        long next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(4096);
            while ((clock.Elapsed < duration || Volatile.Read(ref next) + 1 < minimum) && stats.Errors < MaxErrorsBeforeAbort)
            {
                var n = Interlocked.Increment(ref next);
                if ((count is { } max && n >= max) || machineOf(n) is not { } machine)
                {
                    if (count is null || n < count)
                    {
                        stats.Exhausted = true;
                    }

                    break;
                }

                var started = Stopwatch.GetTimestamp();
                ContactOutcome outcome;
                try
                {
                    outcome = await contact(machine, ct);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    outcome = ContactOutcome.Failed(e.GetType().Name + ": " + e.Message);
                }

                var elapsed = Stopwatch.GetTimestamp() - started;
                latencies.Add(elapsed);
                stats.Record(outcome);
            }

            return latencies;
        }, ct)).ToList();
        var all = await Task.WhenAll(workers);
        stats.Elapsed = clock.Elapsed;
        stats.SetLatencies(all.SelectMany(l => l));
        return stats;
    }
}

/// <summary>Counts and latencies of one phase; thread-safe for recording.</summary>
internal sealed class LoadStats
{
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private int _errors;
    private int _requests;
    private double[] _sortedMs = [];

    public int Requests => _requests;

    public int Errors => _errors;

    public bool Exhausted { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<string, int> Statuses => _statuses;

    public IEnumerable<string> ErrorSamples => _errorSamples;

    public void Record(ContactOutcome outcome)
    {
        Interlocked.Increment(ref _requests);
        if (outcome.Error is { } error)
        {
            Interlocked.Increment(ref _errors);
            if (_errorSamples.Count < 5)
            {
                _errorSamples.Enqueue(error);
            }

            return;
        }

        _statuses.AddOrUpdate(outcome.Status ?? "?", 1, (_, n) => n + 1);
    }

    /// <summary>Adds another phase's counts (not its latencies): a warm-up made of two phases.</summary>
    public void Add(LoadStats other)
    {
        Interlocked.Add(ref _requests, other.Requests);
        Interlocked.Add(ref _errors, other.Errors);
        foreach (var (status, n) in other.Statuses)
        {
            _statuses.AddOrUpdate(status, n, (_, m) => m + n);
        }

        foreach (var sample in other.ErrorSamples.Take(5 - _errorSamples.Count))
        {
            _errorSamples.Enqueue(sample);
        }
    }

    public void SetLatencies(IEnumerable<long> ticks)
    {
        _sortedMs = ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
    }

    /// <summary>Nearest-rank percentile in milliseconds.</summary>
    public double Percentile(double p)
    {
        if (_sortedMs.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * _sortedMs.Length);
        return _sortedMs[Math.Clamp(rank - 1, 0, _sortedMs.Length - 1)];
    }

    /// <summary>Answered inventories per second: failed requests do not count.</summary>
    public double PerSecond => Elapsed.TotalSeconds > 0 ? (Requests - Errors) / Elapsed.TotalSeconds : 0;
}
