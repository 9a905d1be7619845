using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Vigil.Bench.Vulnerabilities;
using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Import;
using Vigil.Domain.Vulnerabilities.Matching;

// vuln-bench DATA_DIR [sample-every]: imports DATA_DIR/nvd/*.json.gz, matches DATA_DIR/fleet.jsonl against the whole catalog and
// DATA_DIR/bulletin.csv against the fleet; writes the (asset, CVE, status) triples of the bulletin and of every
// sample-every-th asset (the peer's sample) to DATA_DIR/vigil-*.tsv for the cross-check and prints a Markdown report.
// The other assets' matches are counted, not kept: tens of millions of them would only measure the heap.
var dir = args[0];
var every = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var import = Stopwatch.StartNew();
var catalog = NvdImporter.ReadFolder(Path.Combine(dir, "nvd"));
import.Stop();
if (!catalog.IsSuccess)
{
    Console.Error.WriteLine(string.Join('\n', catalog.Errors.Take(5)));
    return 1;
}

var indexTime = Stopwatch.StartNew();
var index = new CveIndex(catalog.Items);
indexTime.Stop();
var bulletinFile = Path.Combine(dir, "bulletin.csv");
var bulletin = BulletinSheetParser.ReadCsv("bulletin.csv", File.ReadAllBytes(bulletinFile), "BENCH-1", null, "bench").Items[0];
var profiles = Stopwatch.StartNew();
var fleet = FleetFile.Read(Path.Combine(dir, "fleet.jsonl"), index.HasKey);
profiles.Stop();

var matcher = new VulnerabilityMatcher(index, new BulletinFixes(bulletin.Rows));
GC.Collect();
var full = Stopwatch.StartNew();
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
var kept = new List<VulnerabilityMatch>?[fleet.Count];
var counts = new long[fleet.Count, 3];
Parallel.For(0, fleet.Count, i =>
{
    var matches = matcher.Match(fleet[i]);
    foreach (var m in matches)
    {
        counts[i, (int)m.Status]++;
    }

    if (i % every == 0)
    {
        kept[i] = matches;
    }
});
full.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
long Total(MatchStatus status) => Enumerable.Range(0, fleet.Count).Sum(i => counts[i, (int)status]);
var fullCount = Total(MatchStatus.Affected) + Total(MatchStatus.Probable) + Total(MatchStatus.Fixed);

// The bulletin with a cold matcher, as the server runs it on import (both threads).
var coldMatcher = new VulnerabilityMatcher(index, new BulletinFixes(bulletin.Rows));
var bulletinTime = Stopwatch.StartNew();
var bulletinMatches = coldMatcher.MatchBulletin(bulletin, fleet);
bulletinTime.Stop();

Write(Path.Combine(dir, "vigil-full.tsv"), kept.SelectMany(m => m ?? []));
Write(Path.Combine(dir, "vigil-bulletin.tsv"), bulletinMatches);

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var computers = fleet.Count(a => a.Kind == AssetKind.Computer);
Console.WriteLine($"## vulnerabilities: {index.Count:N0} CVEs × {fleet.Count:N0} assets ({computers:N0} computers, {fleet.Count - computers:N0} devices)");
Console.WriteLine();
Console.WriteLine($"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {load}");
Console.WriteLine($"- import of {Directory.GetFiles(Path.Combine(dir, "nvd")).Length} gzipped API pages: {import.Elapsed.TotalSeconds:F1} s; index: {indexTime.Elapsed.TotalSeconds:F1} s; profiles: {profiles.Elapsed.TotalSeconds:F1} s; unmapped software names: {fleet.SelectMany(a => a.UnmappedSoftware).Count():N0}");
Console.WriteLine($"- VIGIL_FULL_SECONDS={full.Elapsed.TotalSeconds:F2} cpu={cpu.TotalSeconds:F2} matches={fullCount} affected={Total(MatchStatus.Affected)} probable={Total(MatchStatus.Probable)} fixed={Total(MatchStatus.Fixed)} peak working set={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
Console.WriteLine($"- VIGIL_BULLETIN_SECONDS={bulletinTime.Elapsed.TotalSeconds:F3} cves={bulletin.CveIds.Count} matches={bulletinMatches.Count}");
return 0;

static void Write(string path, IEnumerable<VulnerabilityMatch> matches)
{
    using var writer = new StreamWriter(path);
    foreach (var m in matches.OrderBy(m => m.AssetId, StringComparer.Ordinal).ThenBy(m => m.CveId, StringComparer.Ordinal))
    {
        writer.Write(m.AssetId);
        writer.Write('\t');
        writer.Write(m.CveId);
        writer.Write('\t');
        writer.WriteLine(m.Status.ToString().ToLowerInvariant());
    }
}
