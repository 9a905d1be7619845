using System.Diagnostics;
using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;

namespace Vigil.Bench.ComplianceEval;

/// <summary>Vigil's engine: one full single-threaded pass, then per-computer latencies.</summary>
internal static class EngineRun
{
    public sealed record Result(double Seconds, double CpuSeconds, long AllocatedBytes, int Collections, int[,] Counts, double[] LatencyMicros, double[] ColdMicros);

    /// <summary>Each rule alone over the first computers: where the time goes, in nanoseconds per computer.</summary>
    public static IReadOnlyList<(string Rule, double Nanoseconds)> PerRule(PolicyPack pack, ComplianceCatalogs catalogs, ComplianceFacts[] facts, DateOnly asOf, int computers)
    {
        var result = new List<(string, double)>();
        var n = Math.Min(computers, facts.Length);
        foreach (var rule in pack.Rules)
        {
            var single = CompiledPolicy.Compile(pack with { Rules = [rule] }, catalogs).Value!;
            var verdicts = new RuleVerdict[1];
            for (var i = 0; i < Math.Min(n, 20_000); i++)
            {
                single.EvaluateInto(facts[i], asOf, verdicts);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < n; i++)
            {
                single.EvaluateInto(facts[i], asOf, verdicts);
            }

            result.Add((rule.Id, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalNanoseconds / n));
        }

        return result;
    }

    public static Result Run(CompiledPolicy policy, ComplianceFacts[] facts, DateOnly asOf, int latencySamples, int seed)
    {
        var rules = policy.RuleIds.Count;
        var verdicts = new RuleVerdict[rules];

        // Warm-up: JIT and tiered compilation, and the memo of OS tuples and processors (a running server has them).
        for (var i = 0; i < Math.Min(facts.Length, 50_000); i++)
        {
            policy.EvaluateInto(facts[i], asOf, verdicts);
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var counts = new int[rules, 4];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < facts.Length; i++)
        {
            policy.EvaluateInto(facts[i], asOf, verdicts);
            for (var r = 0; r < rules; r++)
            {
                counts[r, (int)verdicts[r].Status]++;
            }
        }

        watch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        collections = GC.CollectionCount(0) - collections;

        var random = new Random(seed);
        var latencies = new double[latencySamples];
        for (var i = 0; i < latencySamples; i++)
        {
            var one = facts[random.Next(facts.Length)];
            var start = Stopwatch.GetTimestamp();
            _ = policy.Evaluate(one, asOf);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        // A computer reporting an OS build and processor never seen before: the memo misses and the catalogs are read.
        var cold = new double[Math.Min(latencySamples, 20_000)];
        for (var i = 0; i < cold.Length; i++)
        {
            var one = facts[random.Next(facts.Length)] with
            {
                OsBuild = facts[i].OsBuild is { } b ? b + "." + (1000 + i) : null,
                CpuModel = "Intel(R) Core(TM) i5-" + (8400 + (i % 500)) + " CPU @ " + (i / 500) + ".00GHz",
            };
            var start = Stopwatch.GetTimestamp();
            _ = policy.Evaluate(one, asOf);
            cold[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(latencies);
        Array.Sort(cold);
        return new Result(watch.Elapsed.TotalSeconds, cpuSeconds, allocated, collections, counts, latencies, cold);
    }
}
