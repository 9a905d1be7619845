using System.Diagnostics;
using System.Net;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// One measurement: prepare every request body before the clock starts (so the generator's own XML and zlib work
/// does not compete with the server for the two cores), enrol agents, warm up untimed, then run the timed phase.
/// </summary>
internal static class Measurement
{
    public static async Task<LoadResult> RunAsync(LoadOptions o, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            // fusioninventory-agent's default timeout.
            Timeout = TimeSpan.FromSeconds(180),
        };

        // First mode warms up with machines of its own (JIT, connection pools, the new-machine path), the first ones of
        // its pool; repeat mode's warm-up starts with the pool's first report, which makes every later one an unchanged
        // re-report.
        var total = o.Machines;
        var identities = Enumerable.Range(0, total).Select(i => MachineIdentity.Of(o.RunId, i)).ToArray();

        var clock = Stopwatch.StartNew();
        Func<int, CancellationToken, Task<ContactOutcome>> contact;
        Func<int, CancellationToken, Task<ContactOutcome>>? warmUpContact = null;
        int bodyBytes;
        var setupRetries = 0;
        if (o.Protocol == Protocol.Ocs)
        {
            var payload = OcsPayload.Load(o.PayloadPath);
            var bodies = new byte[total][];
            Parallel.For(0, total, i => bodies[i] = payload.Inventory(identities[i], o.Tag, unchanged: false));
            var prologs = o.Prolog ? identities.Select(OcsPayload.Prolog).ToArray() : null;
            contact = new OcsContact(http, o.Url, bodies, prologs).SendAsync;
            if (o.Mode == LoadMode.Repeat)
            {
                // The pool's first report is a full one; every timed one is what the agent sends when nothing changed.
                var unchanged = new byte[total][];
                Parallel.For(0, total, i => unchanged[i] = payload.Inventory(identities[i], o.Tag, unchanged: true));
                warmUpContact = contact;
                contact = new OcsContact(http, o.Url, unchanged, prologs).SendAsync;
            }

            bodyBytes = bodies[0].Length;
        }
        else
        {
            var payload = AgentPayload.Load(o.PayloadPath);
            var bodies = new StampedBody[total];
            Parallel.For(0, total, i => bodies[i] = payload.Inventory(identities[i]));
            Progress($"prepared {total} bodies in {clock.Elapsed.TotalSeconds:F1} s; enrolling {total} agents");
            var enroller = new AgentEnroller(http, o.Url, o.ApiToken!, o.UnitId!.Value);
            var credentials = await enroller.EnrolAsync(identities, ct);
            setupRetries = enroller.Retries;
            contact = new AgentContact(http, o.Url, bodies, credentials).SendAsync;
            bodyBytes = bodies[0].Before.Length + bodies[0].After.Length + 30;
        }

        Progress($"{o.Label ?? o.System}: {total} machines ready in {clock.Elapsed.TotalSeconds:F1} s, {bodyBytes} bytes per inventory; warming up for {o.WarmUp.TotalSeconds:F0} s");
        var runner = new LoadRunner(o.Concurrency, contact);
        var warmUpClock = Stopwatch.StartNew();
        var (warm, warmUp) = await WarmUpAsync(o, runner, new LoadRunner(o.Concurrency, warmUpContact ?? contact), ct);
        var warmUpSeconds = warmUpClock.Elapsed.TotalSeconds;
        if (warmUp.Errors > 0)
        {
            Progress($"warm-up: {warmUp.Errors} of {warmUp.Requests} failed, e.g. {warmUp.ErrorSamples.FirstOrDefault()}");
        }

        Progress($"warm-up: {warmUp.Requests} requests in {warmUpSeconds:F1} s, answers {string.Join(' ', warmUp.Statuses.Select(s => $"{s.Key}={s.Value}"))}; measuring");
        // The generator shares the cores with the server: its own CPU per request says how much of them it took.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stats = await runner.RunAsync(
            n => o.Mode == LoadMode.First
                ? warm + n < o.Machines ? warm + (int)n : null
                : (int)(n % o.Machines),
            o.Duration, o.Count, ct);
        var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        return new LoadResult
        {
            Label = o.Label ?? $"{o.System} {o.Protocol} {o.Mode}".ToLowerInvariant(),
            System = o.System,
            RunId = o.RunId,
            WarmUp = warm,
            WarmUpSeconds = Math.Round(warmUpSeconds, 3),
            Protocol = o.Protocol.ToString().ToLowerInvariant(),
            Mode = o.Mode.ToString().ToLowerInvariant(),
            Url = o.Url.ToString(),
            Concurrency = o.Concurrency,
            Machines = o.Machines,
            Prolog = o.Prolog,
            BodyBytes = bodyBytes,
            Requests = stats.Requests,
            Errors = stats.Errors,
            WarmUpErrors = warmUp.Errors,
            SetupRetries = setupRetries,
            Seconds = Math.Round(stats.Elapsed.TotalSeconds, 3),
            PerSecond = Math.Round(stats.PerSecond, 1),
            P50Ms = Math.Round(stats.Percentile(50), 2),
            P90Ms = Math.Round(stats.Percentile(90), 2),
            P99Ms = Math.Round(stats.Percentile(99), 2),
            MaxMs = Math.Round(stats.Percentile(100), 2),
            GeneratorCpuMsPerRequest = stats.Requests > 0 ? Math.Round(generatorCpu.TotalMilliseconds / stats.Requests, 2) : 0,
            Exhausted = stats.Exhausted,
            Statuses = new Dictionary<string, int>(stats.Statuses, StringComparer.Ordinal),
            ErrorSamples = [.. warmUp.ErrorSamples, .. stats.ErrorSamples],
        };
    }

    /// <summary>
    /// The untimed phase: at least two requests per client, then load as in the timed phase until
    /// <see cref="LoadOptions.WarmUp"/> has passed. First mode spends at most half of its machines on it and returns how
    /// many it used (the first ones); repeat mode sends the pool's first reports, then its re-reports.
    /// </summary>
    private static async Task<(int Warm, LoadStats Stats)> WarmUpAsync(LoadOptions o, LoadRunner runner, LoadRunner firstReports, CancellationToken ct)
    {
        var minimum = Math.Max(2 * o.Concurrency, 50);
        if (o.Mode == LoadMode.First)
        {
            var cap = Math.Max(1, o.Machines / 2);
            var stats = await runner.RunAsync(n => n < cap ? (int)n : null, o.WarmUp, null, ct, Math.Min(minimum, cap));
            return (stats.Requests, stats);
        }

        var clock = Stopwatch.StartNew();
        var pool = await firstReports.WarmUpAsync(0, o.Machines, ct);
        if (pool.Errors == 0 && clock.Elapsed < o.WarmUp)
        {
            var again = await runner.RunAsync(n => (int)(n % o.Machines), o.WarmUp - clock.Elapsed, null, ct);
            pool.Add(again);
        }

        return (o.Machines, pool);
    }

    public static void Progress(string message) => Console.Error.WriteLine("inventory-load: " + message);
}
