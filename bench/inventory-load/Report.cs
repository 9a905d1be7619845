using System.Globalization;
using System.Text.Json;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// <c>inventory-load report [--peer NAME] RESULT.json...</c>: one Markdown table of a run, each row with its ratio to
/// the peer in the same mode (inventories per second) and, per system and protocol, repeat throughput over first.
/// </summary>
internal static class Report
{
    public const double GoalPerSecond = 500;
    public const double GoalP99Ms = 200;

    public static int Run(string[] args)
    {
        var peer = "ocs-server";
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--peer" && i + 1 < args.Length)
            {
                peer = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }

        var results = files
            .Select(f => JsonSerializer.Deserialize(File.ReadAllText(f), LoadResultJson.Default.LoadResult) ?? throw new InvalidDataException($"{f}: empty."))
            .ToList();
        Console.WriteLine(Table(results, peer));
        return results.Any(r => r.Errors + r.WarmUpErrors > 0) ? 1 : 0;
    }

    public static string Table(IReadOnlyList<LoadResult> results, string peer)
    {
        var lines = new List<string>
        {
            "| system | protocol | mode | inventories/s | p50 ms | p99 ms | requests | errors | ÷ " + peer + " (same mode) | repeat ÷ first | goal ≥500/s, p99 <200 ms |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
        };
        foreach (var r in results)
        {
            var peerRow = results.FirstOrDefault(p => p.System == peer && p.Mode == r.Mode);
            var first = results.FirstOrDefault(p => p.System == r.System && p.Protocol == r.Protocol && p.Mode == "first");
            var vsPeer = r.System == peer || peerRow is null || peerRow.PerSecond == 0 ? "—" : Ratio(r.PerSecond / peerRow.PerSecond);
            var vsFirst = r.Mode != "repeat" || first is null || first.PerSecond == 0 ? "—" : Ratio(r.PerSecond / first.PerSecond);
            var goal = r.Errors + r.WarmUpErrors > 0 ? "invalid (errors)" : r.PerSecond >= GoalPerSecond && r.P99Ms < GoalP99Ms ? "met" : "missed";
            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1} | {2} | {3:F1} | {4:F1} | {5:F1} | {6} | {7} | {8} | {9} | {10} |",
                r.System, r.Protocol + (r.Prolog ? " (+PROLOG)" : ""), r.Mode + (r.Exhausted ? " (pool used up)" : ""),
                r.PerSecond, r.P50Ms, r.P99Ms, r.Requests, r.Errors + r.WarmUpErrors, vsPeer, vsFirst, goal));
        }

        return string.Join('\n', lines);
    }

    private static string Ratio(double value) => value.ToString(value >= 10 ? "F0" : "F2", CultureInfo.InvariantCulture) + "×";
}
