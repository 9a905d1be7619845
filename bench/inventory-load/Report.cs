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

    public static int Verified(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("verified needs a result file.");
        }

        var result = JsonSerializer.Deserialize(File.ReadAllText(args[0]), LoadResultJson.Default.LoadResult)
            ?? throw new InvalidDataException($"{args[0]}: empty.");
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            var n = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            result = args[i] switch
            {
                "--stored" => result with { VerifiedStored = n },
                "--server-errors" => result with { ServerErrorsLogged = n },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        File.WriteAllText(args[0], JsonSerializer.Serialize(result, LoadResultJson.Default.LoadResult));
        return 0;
    }

    public static string Table(IReadOnlyList<LoadResult> results, string peer)
    {
        var lines = new List<string>
        {
            "| system | protocol | mode | inventories/s | p50 ms | p99 ms | requests | errors | checked afterwards | ÷ " + peer + " (same mode) | repeat ÷ first | goal ≥500/s, p99 <200 ms |",
            "|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---|",
        };
        foreach (var r in results)
        {
            var peerRow = results.FirstOrDefault(p => p.System == peer && p.Mode == r.Mode);
            var first = results.FirstOrDefault(p => p.System == r.System && p.Protocol == r.Protocol && p.Mode == "first");
            var vsPeer = r.System == peer || peerRow is null || peerRow.StoredPerSecond == 0 ? "—" : Ratio(r.StoredPerSecond / peerRow.StoredPerSecond);
            var vsFirst = r.Mode != "repeat" || first is null || first.StoredPerSecond == 0 ? "—" : Ratio(r.StoredPerSecond / first.StoredPerSecond);
            var goal = r.Errors + r.WarmUpErrors > 0 ? "invalid (errors)" : r.StoredPerSecond >= GoalPerSecond && r.P99Ms < GoalP99Ms ? "met" : "missed";
            var checkedNote = string.Join("; ", new[]
            {
                r.VerifiedStored is { } n ? $"{n} of {r.Requests - r.Errors} new machines stored" : null,
                r.ServerErrorsLogged is { } e ? $"{e} errors in the server log" : null,
            }.OfType<string>());
            lines.Add(string.Format(
                CultureInfo.InvariantCulture,
                "| {0} | {1} | {2} | {3:F1} | {4:F1} | {5:F1} | {6} | {7} | {8} | {9} | {10} | {11} |",
                r.System, r.Protocol + (r.Prolog ? " (+PROLOG)" : ""), r.Mode + (r.Exhausted ? " (pool used up)" : ""),
                r.StoredPerSecond, r.P50Ms, r.P99Ms, r.Requests, r.Errors + r.WarmUpErrors, checkedNote.Length > 0 ? checkedNote : "—", vsPeer, vsFirst, goal));
        }

        return string.Join('\n', lines);
    }

    private static string Ratio(double value) => value.ToString(value >= 10 ? "F0" : "F2", CultureInfo.InvariantCulture) + "×";
}
