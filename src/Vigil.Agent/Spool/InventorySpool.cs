using System.Globalization;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Spool;

/// <summary>
/// Reports wait here, in order, until the server has acknowledged them. Each is written to a temporary file, flushed
/// to disk and renamed into place (then the directory is flushed), so a crash leaves either the whole report or
/// none. The file name carries a sequence number (order) and a random part; together they are the idempotency key,
/// so a report re-sent after a crash is recognised by the server as the one it already stored.
/// </summary>
internal sealed class InventorySpool(string directory, AgentLog log, TimeProvider clock, int capacity = InventorySpool.DefaultCapacity)
{
    public const int DefaultCapacity = 50;
    private const string Extension = ".json";
    private const string TempPrefix = ".tmp-";
    private const string RejectedFolder = "rejected";
    private const int RejectedKept = 10;

    public string Directory { get; } = directory;

    public int Count => Items().Count;

    public SpoolItem Enqueue(AgentInventoryDto inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        System.IO.Directory.CreateDirectory(Directory);
        var existing = Items();
        // Clock ticks keep the order across restarts; max+1 keeps it when the clock steps back.
        var sequence = Math.Max(clock.GetUtcNow().UtcTicks, existing.Count == 0 ? 0 : existing[^1].Sequence + 1);
        var key = string.Create(CultureInfo.InvariantCulture, $"{sequence:D19}-{Guid.NewGuid():N}");
        var path = Path.Combine(Directory, key + Extension);
        var temp = Path.Combine(Directory, TempPrefix + key);
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, inventory, VigilJsonContext.Default.AgentInventoryDto);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path);
        DirectorySync.Flush(Directory);
        var item = new SpoolItem(path, key, sequence);
        Trim();
        return item;
    }

    /// <summary>Waiting reports, oldest first. Left-over temp files of a crashed write are removed.</summary>
    public IReadOnlyList<SpoolItem> Items()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var items = new List<SpoolItem>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith(TempPrefix, StringComparison.Ordinal))
            {
                TryDelete(path);
                continue;
            }

            if (!name.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var key = name[..^Extension.Length];
            if (key.Length > 20 && key[19] == '-' && long.TryParse(key.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                items.Add(new SpoolItem(path, key, sequence));
            }
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return items;
    }

    public static byte[] Read(SpoolItem item) => File.ReadAllBytes(item.Path);

    /// <summary>Only after the server said 2xx.</summary>
    public void Remove(SpoolItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        TryDelete(item.Path);
        DirectorySync.Flush(Directory);
    }

    /// <summary>The server will never accept this one; keep a few aside for support instead of blocking the queue.</summary>
    public void Reject(SpoolItem item, string reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        var folder = Path.Combine(Directory, RejectedFolder);
        System.IO.Directory.CreateDirectory(folder);
        File.Move(item.Path, Path.Combine(folder, Path.GetFileName(item.Path)), overwrite: true);
        log.Warn($"spool: report {item.Key} rejected by the server ({reason}); moved to {folder}");
        foreach (var old in System.IO.Directory.GetFiles(folder).Order(StringComparer.Ordinal).SkipLast(RejectedKept))
        {
            TryDelete(old);
        }
    }

    private void Trim()
    {
        var items = Items();
        foreach (var dropped in items.Take(Math.Max(0, items.Count - capacity)))
        {
            TryDelete(dropped.Path);
            log.Warn($"spool: full ({capacity} reports); dropped the oldest, {dropped.Key}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Gone already, or held by a scanner for a moment: the next pass tries again.
        }
    }
}
