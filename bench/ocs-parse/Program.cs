using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using Vigil.Domain.Inventory.Ocs;

// bench/ocs-parse [documents] [folders…]: parses recorded agent inventories with Vigil's OCS parser (XML to the
// computer's snapshot) and, as the peer, reads them with System.Xml's XmlReader under the settings Vigil used to use
// (every node, every text value, nothing built). Passes alternate so that both see the same machine; best of 7 each.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000;
var folders = args.Length > 1 ? args[1..] : [Path.Combine("..", "..", "tests", "fixtures", "ocs"), Path.Combine("..", "inventory-load", "payloads")];
var documents = folders.SelectMany(f => Directory.GetFiles(f, "*.xml")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
var totalBytes = Enumerable.Range(0, count).Sum(i => (long)documents[i % documents.Length].Length);
var receivedAt = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

var vigil = new Pass("Vigil OcsInventoryParser.Parse (read, check, map to the snapshot)", () =>
{
    var programs = 0;
    for (var i = 0; i < count; i++)
    {
        var parsed = OcsInventoryParser.Parse(documents[i % documents.Length], receivedAt);
        programs += parsed.Value?.Report?.Snapshot.Software?.Count ?? throw new InvalidOperationException(parsed.Error?.ToString());
    }

    return programs;
});

var settings = new XmlReaderSettings
{
    DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
    IgnoreWhitespace = true, CheckCharacters = false,
};
var peer = new Pass("System.Xml XmlReader, reading every node and text value (no mapping)", () =>
{
    var texts = 0;
    for (var i = 0; i < count; i++)
    {
        using var reader = XmlReader.Create(new MemoryStream(documents[i % documents.Length]), settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Text)
            {
                texts += reader.Value.Length > 0 ? 1 : 0;
            }
        }
    }

    return texts;
});

for (var round = 0; round < 7; round++)
{
    vigil.Run();
    peer.Run();
}

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"## ocs-parse: {count:N0} documents ({documents.Length} distinct), {totalBytes / 1e6:F1} MB of XML");
Console.WriteLine();
Console.WriteLine($"- machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {load}");
Console.WriteLine();
Console.WriteLine("| reader | seconds (best of 7) | documents/s | MB/s | µs/document | bytes allocated/document | time / Vigil |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var pass in new[] { vigil, peer })
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {pass.Name} | {pass.Best:F3} | {count / pass.Best:N0} | {totalBytes / 1e6 / pass.Best:F1} | {pass.Best * 1e6 / count:F1} | {pass.Allocated / count:N0} | {pass.Best / vigil.Best:F2}× |"));
}

/// <summary>One timed loop over the documents; keeps its best wall time and that pass's allocations.</summary>
internal sealed class Pass(string name, Func<int> body)
{
    public string Name { get; } = name;

    public double Best { get; private set; } = double.MaxValue;

    public long Allocated { get; private set; }

    public void Run()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        if (body() <= 0)
        {
            throw new InvalidOperationException($"{Name} read nothing.");
        }

        clock.Stop();
        if (clock.Elapsed.TotalSeconds < Best)
        {
            Best = clock.Elapsed.TotalSeconds;
            Allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
