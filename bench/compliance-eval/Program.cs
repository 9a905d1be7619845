using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Vigil.Bench.ComplianceEval;
using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

// bench/compliance-eval [computers] [seed] [as-of]: full re-evaluation of generated computers against the default
// pack, single-threaded, then the same verdicts as one SQL query in SQLite; prints a Markdown report.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 42;
var asOf = args.Length > 2 ? DateOnly.Parse(args[2], CultureInfo.InvariantCulture) : new DateOnly(2026, 3, 2);
var skipPeer = args.Contains("--no-peer");

var generate = Stopwatch.StartNew();
var facts = FactsGenerator.Generate(count, seed, asOf);
generate.Stop();
var catalogs = ComplianceCatalogs.Default;
var compile = Stopwatch.StartNew();
var policy = CompiledPolicy.Compile(PolicyPacks.Default, catalogs).Value!;
compile.Stop();

var engine = EngineRun.Run(policy, facts, asOf, latencySamples: 100_000, seed);
var windows10 = catalogs.Lifecycle.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", null, "10.0.19045", "19045")!.EndOfSupport!.Value;
var peer = skipPeer ? null : SqlitePeer.Run(facts, catalogs, asOf, windows10);

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"## compliance-eval: {count:N0} computers, seed {seed}, as of {asOf:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine($"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {load}");
Console.WriteLine($"- generated in {generate.Elapsed.TotalSeconds:F1} s; pack compiled in {compile.Elapsed.TotalMilliseconds:F1} ms; fingerprint {policy.Fingerprint}");
Console.WriteLine();
Console.WriteLine("| measurement | Vigil engine | SQLite peer | peer / engine |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| full evaluation, {count:N0} computers × {policy.RuleIds.Count} rules, 1 thread | {engine.Seconds:F2} s | {(peer is null ? "—" : peer.Seconds.ToString("F2", CultureInfo.InvariantCulture) + " s")} | {(peer is null ? "—" : (peer.Seconds / engine.Seconds).ToString("F1", CultureInfo.InvariantCulture) + "×")} |");
Console.WriteLine($"| the same, CPU time of the process (GC included) | {engine.CpuSeconds:F2} s | {(peer is null ? "—" : peer.CpuSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s")} | {(peer is null ? "—" : (peer.CpuSeconds / engine.CpuSeconds).ToString("F1", CultureInfo.InvariantCulture) + "×")} |");
Console.WriteLine($"| computers per second | {count / engine.Seconds:N0} | {(peer is null ? "—" : (count / peer.Seconds).ToString("N0", CultureInfo.InvariantCulture))} | |");
Console.WriteLine($"| allocated per computer (verdicts and evidence) | {engine.AllocatedBytes / (double)count:N0} B ({engine.Collections} gen0 GCs) | | |");
Console.WriteLine($"| one computer, memo warm: p50 / p99 / max | {P(engine.LatencyMicros, 0.5):F1} / {P(engine.LatencyMicros, 0.99):F1} / {engine.LatencyMicros[^1]:F0} µs | | |");
Console.WriteLine($"| one computer, new OS build and processor: p50 / p99 | {P(engine.ColdMicros, 0.5):F1} / {P(engine.ColdMicros, 0.99):F1} µs | | |");
if (peer is not null)
{
    Console.WriteLine($"| loading the peer's tables (not in the ratio) | | {peer.LoadSeconds:F1} s | |");
}

Console.WriteLine();
Console.WriteLine("| rule | pass | fail | unknown | n/a | same as peer |");
Console.WriteLine("|---|---:|---:|---:|---:|---|");
for (var r = 0; r < policy.RuleIds.Count; r++)
{
    var same = peer is null ? "—" : Enumerable.Range(0, 4).All(s => peer.Counts[r, s] == engine.Counts[r, s]) ? "yes"
        : "no (peer " + string.Join(" / ", Enumerable.Range(0, 4).Select(s => peer.Counts[r, s])) + ")";
    Console.WriteLine($"| {policy.RuleIds[r]} | {engine.Counts[r, 0]:N0} | {engine.Counts[r, 1]:N0} | {engine.Counts[r, 2]:N0} | {engine.Counts[r, 3]:N0} | {same} |");
}

Console.WriteLine();
Console.WriteLine("| rule alone (CPU time per computer, first 200,000) | ns |");
Console.WriteLine("|---|---:|");
foreach (var (rule, ns) in EngineRun.PerRule(PolicyPacks.Default, catalogs, facts, asOf, 200_000))
{
    Console.WriteLine($"| {rule} | {ns:F0} |");
}

if (peer is not null)
{
    Console.WriteLine();
    Console.WriteLine($"SQLite {peer.Version} (Microsoft.Data.Sqlite, in memory, one connection).");
}

static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
