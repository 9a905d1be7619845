using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Alerts;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts.Syslog;

/// <summary>
/// Appends received syslog lines to one retained file per unit and UTC day, flushed to disk before a line counts as
/// received, then hunts the appended lines in small batches. At start-up the recent day files are hunted from where
/// their last hunt stopped, so lines written before a crash or restart are hunted exactly once.
/// </summary>
public sealed class SyslogSpool(IServiceScopeFactory scopes, LogStore store, TimeProvider clock, Microsoft.Extensions.Options.IOptions<SyslogOptions> options, ILogger<SyslogSpool> logger)
    : BackgroundService
{
    private readonly Channel<(Guid UnitId, string Line)> _incoming = Channel.CreateBounded<(Guid, string)>(
        new BoundedChannelOptions(100_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Dictionary<Guid, DayFile> _open = [];
    private readonly HashSet<Guid> _dirty = [];
    private readonly SemaphoreSlim _huntSignal = new(0);
    private long _received;

    /// <summary>Lines written and flushed to disk.</summary>
    public long Received => Interlocked.Read(ref _received);

    public ValueTask EnqueueAsync(Guid unitId, string line, CancellationToken ct) => _incoming.Writer.WriteAsync((unitId, line), ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await MarkRecentDirtyAsync(stoppingToken);
        var hunting = HuntLoopAsync(stoppingToken);
        try
        {
            var batch = new List<(Guid UnitId, string Line)>();
            while (await _incoming.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < 5000 && _incoming.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                await WriteAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var file in _open.Values)
            {
                await file.Stream.DisposeAsync();
            }

            _open.Clear();
        }

        await hunting;
    }

    private async Task WriteAsync(List<(Guid UnitId, string Line)> batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = new List<DayFile>();
        foreach (var group in batch.GroupBy(b => b.UnitId))
        {
            var file = await DayFileAsync(group.Key, now, ct);
            var text = new StringBuilder();
            foreach (var (_, line) in group)
            {
                text.Append(line).Append('\n');
            }

            await file.Stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct);
            touched.Add(file);
        }

        // Durable before counted: a line is "received" once the disk has it.
        foreach (var file in touched)
        {
            file.Stream.Flush(flushToDisk: true);
        }

        Interlocked.Add(ref _received, batch.Count);
        lock (_dirty)
        {
            _dirty.UnionWith(touched.Select(f => f.LogId));
        }

        _huntSignal.Release();
    }

    private async Task<DayFile> DayFileAsync(Guid unitId, DateTime now, CancellationToken ct)
    {
        var day = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (_open.TryGetValue(unitId, out var open) && open.Day == day)
        {
            return open;
        }

        if (open is not null)
        {
            await open.Stream.DisposeAsync();
        }

        var key = $"syslog/{unitId}/{day}";
        await using var scope = RehuntJob.SystemScope(scopes, "syslog");
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var log = await db.RetainedLogs.FirstOrDefaultAsync(l => l.SourceKey == key, ct);
        if (log is null)
        {
            log = new RetainedLog
            {
                Id = Guid.CreateVersion7(), UnitId = unitId, Source = LogSource.Syslog, Name = $"syslog-{day}.log", SourceKey = key,
                StoredPath = Path.Combine(unitId.ToString(), "syslog", day + ".log"), ReceivedAt = now, ReceivedBy = "syslog",
            };
            db.RetainedLogs.Add(log);
            await db.SaveChangesAsync(ct);
        }

        var path = store.FullPath(log);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        var file = new DayFile(day, log.Id, stream);
        _open[unitId] = file;
        return file;
    }

    private async Task MarkRecentDirtyAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        await using var scope = RehuntJob.SystemScope(scopes, "syslog");
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var recent = await db.RetainedLogs.AsNoTracking().Where(l => l.Source == LogSource.Syslog && l.ReceivedAt >= since).Select(l => l.Id).ToListAsync(ct);
        lock (_dirty)
        {
            _dirty.UnionWith(recent);
        }

        _huntSignal.Release();
    }

    private async Task HuntLoopAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await _huntSignal.WaitAsync(ct);
                await Task.Delay(options.Value.HuntDelay, clock, ct);
                List<Guid> due;
                lock (_dirty)
                {
                    due = [.. _dirty];
                    _dirty.Clear();
                }

                foreach (var logId in due)
                {
                    await using var scope = RehuntJob.SystemScope(scopes, "syslog");
                    try
                    {
                        await scope.ServiceProvider.GetRequiredService<LogHuntService>().HuntAsync(logId, complete: false, ct);
                    }
                    catch (Exception e) when (e is DbUpdateException or IOException)
                    {
                        Log.LogHuntFailed(logger, e, logId);
                        lock (_dirty)
                        {
                            _dirty.Add(logId);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private sealed record DayFile(string Day, Guid LogId, FileStream Stream);
}
