using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Vigil.Bench.DeviceParse;
using Vigil.Domain.Devices;

// bench/device-parse [outputs] [fixtures dir] [work dir]: parses a corpus of pasted Cisco outputs with Vigil's parser
// (one thread, best of 5 passes), then runs the peers on the same corpus and prints a Markdown report.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var fixtures = args.Length > 1 ? args[1] : Path.Combine("..", "..", "tests", "fixtures", "cisco");
var work = args.Length > 2 ? args[2] : Path.Combine("results");
Directory.CreateDirectory(work);

var corpus = Corpus.Build(fixtures, count);
var corpusFile = Path.GetFullPath(Path.Combine(work, "corpus.bin"));
Corpus.Write(corpus, corpusFile);
var totalChars = corpus.Sum(e => (long)e.Text.Length);
var totalLines = corpus.Sum(e => (long)e.Text.Count(c => c == '\n') + 1);

// Warm up (JIT, regex construction), then time whole passes and keep the best: the machine is shared.
var versions = 0;
foreach (var entry in corpus.Take(2_000))
{
    _ = CiscoCliParser.Parse(entry.Text);
}

var best = double.MaxValue;
var cpuBest = double.MaxValue;
long allocated = 0;
for (var pass = 0; pass < 5; pass++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    var found = 0;
    foreach (var entry in corpus)
    {
        var parsed = CiscoCliParser.Parse(entry.Text);
        if (parsed.IsSuccess && parsed.Value!.Version is not null)
        {
            found++;
        }
    }

    clock.Stop();
    versions = found;
    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    best = Math.Min(best, clock.Elapsed.TotalSeconds);
    cpuBest = Math.Min(cpuBest, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
}

var textfsm = Peers.TextFsm(corpusFile, Path.GetFullPath("textfsm"));
var grep = Peers.Grep(corpus, Path.Combine(work, "corpus.txt"));

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"## device-parse: {count:N0} pastes, {totalChars / 1e6:F1} M characters, {totalLines:N0} lines");
Console.WriteLine();
Console.WriteLine($"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {load}");
Console.WriteLine($"- peers: {textfsm.Description}; {grep.Description}");
Console.WriteLine();
Console.WriteLine("| parser | seconds | pastes/s | M characters/s | versions found | time / Vigil |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Row("Vigil CiscoCliParser (detects the software, all fields, modules, warnings; best of 5)", best, versions);
if (textfsm.Seconds is { } t)
{
    Row("python3-textfsm, template given per paste (version template + inventory template)", t, textfsm.Versions);
}

if (grep.Seconds is { } g)
{
    Row("grep -E, the same field lines, no structure (floor)", g, grep.Versions);
}

Console.WriteLine();
Console.WriteLine($"Vigil: {cpuBest:F2} s CPU in its best pass, {allocated / (double)count:N0} bytes allocated per paste.");

void Row(string name, double seconds, int? found) =>
    Console.WriteLine($"| {name} | {seconds:F2} | {count / seconds:N0} | {totalChars / 1e6 / seconds:F1} | {(found is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "—")} | {seconds / best:F1}× |");
