using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Alerts;
using Vigil.Domain.Hunting;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Hunts one retained log with the indicators in force for its unit. A log already hunted with the same set is hunted
/// only from where the last hunt stopped (appended syslog lines, a growing watched file); with a changed set it is
/// hunted again from the start, and only hits not counted before become alert counts. The log records the set and the
/// offset only after its hits are saved, so a crash mid-hunt means hunting again, never skipping.
/// </summary>
public sealed class LogHuntService(
    VigilDbContext db, LogStore store, HuntLocks locks, Incidents.IncidentAlertIntake incidents, TimeProvider clock, IOptions<AlertOptions> options,
    ILogger<LogHuntService> logger)
{
    public async Task<LogHuntResultDto?> HuntAsync(Guid logId, bool complete, CancellationToken ct)
    {
        var log = await db.RetainedLogs.FirstOrDefaultAsync(l => l.Id == logId, ct);
        if (log is null)
        {
            return null;
        }

        using var held = await locks.EnterAsync(log.UnitId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var set = await UnitHuntSet.LoadAsync(db, log.UnitId, now, ct);
        var path = store.FullPath(log);
        if (!File.Exists(path))
        {
            Log.RetainedLogMissing(logger, log.Id, path);
            return Result(log, set, 0, 0, 0);
        }

        var headered = log.Format is nameof(LogFormat.ZeekTsv) or nameof(LogFormat.WindowsFirewall);
        var full = log.HuntedSet != set.Fingerprint || headered;
        var from = full ? 0 : log.HuntedBytes;
        var lineBase = full ? 0 : log.Lines;
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        // The hunter disposes the stream it reads, and the file with it: its size is taken now.
        var length = file.Length;
        var end = complete ? length : EndOfLastLine(file, from);
        if (!full && end <= from)
        {
            return Result(log, set, 0, 0, 0);
        }

        file.Position = from;
        var hits = new List<HuntHit>();
        var format = full || log.Format is null || !Enum.TryParse<LogFormat>(log.Format, out var known) ? (LogFormat?)null : known;
        using var counting = new LineCountingStream(file, end - from);
        var used = set.Count == 0 ? format ?? LogFormat.Text : new LogHunter(set.Matcher).HuntStream(counting, log.Name, hits.Add, format);
        if (set.Count == 0)
        {
            // Nothing to look for: only count the lines, so appended data keeps its numbering.
            counting.CopyTo(Stream.Null);
        }

        var lines = counting.LineFeeds + (counting.BytesRead > 0 && !counting.EndsWithLineFeed ? 1 : 0);
        // Most hunts of appended syslog find nothing: the unit's computers are only looked up when there is a hit.
        var locator = hits.Count == 0 ? new ComputerLocator() : await ComputerLocator.LoadAsync(db, log.UnitId, ct);
        var recorder = new AlertRecorder(db, locator, log, options.Value.SampleSize, now);
        if (hits.Count > 0)
        {
            await recorder.StartAsync(lineBase, ct);
        }

        var texts = HitLines.Read(path, from, end, hits.Where(h => h.Src is null && h.Dst is null).Select(h => h.Line).ToHashSet());
        foreach (var hit in hits)
        {
            await recorder.AddAsync(hit, lineBase + hit.Line, texts.GetValueOrDefault(hit.Line), ct);
        }

        log.Bytes = length;
        log.HuntedBytes = end;
        log.Lines = lineBase + lines;
        log.Format = used.ToString();
        log.HuntedAt = now;
        log.HuntedSet = set.Fingerprint;
        log.Hits = from == 0 ? hits.Count : log.Hits + hits.Count;
        await recorder.FlushAsync(ct);
        Log.LogHunted(logger, log.Id, log.UnitId, from, set.Count, lines, hits.Count, recorder.Created, recorder.Updated);
        foreach (var (alert, computerName) in recorder.Changed)
        {
            // After the hits are saved: an incident rule that fails leaves the alert counted, and the rules see it again
            // on its next hit.
            await incidents.ApplyAsync(Facts(alert, computerName), ct);
        }

        return Result(log, set, hits.Count, recorder.Created, recorder.Updated);
    }

    private static LogHuntResultDto Result(RetainedLog log, UnitHuntSet set, long hits, int created, int updated) =>
        new(log.Id, log.UnitId, log.Name, log.Source.ToString(), log.Bytes, log.Lines, log.Format, set.Count, hits, created, updated);

    /// <summary>The offset just past the last line feed: a line still being written is left for the next hunt.</summary>
    private static long EndOfLastLine(FileStream file, long from)
    {
        var length = file.Length;
        var buffer = new byte[64 * 1024];
        var position = length;
        while (position > from)
        {
            var size = (int)Math.Min(buffer.Length, position - from);
            position -= size;
            file.Position = position;
            file.ReadExactly(buffer, 0, size);
            var last = buffer.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                return position + last + 1;
            }
        }

        return from;
    }

    private static Domain.Incidents.AlertFacts Facts(Alert alert, string? computerName) => new()
    {
        AlertId = alert.Id, UnitId = alert.UnitId, ComputerId = alert.ComputerId, ComputerName = computerName,
        IndicatorType = alert.IndicatorType.ToString(), IndicatorValue = alert.Indicator, BlockAction = alert.Action == Domain.Indicators.IndicatorAction.Block,
        FirstSeen = alert.FirstSeen, LastSeen = alert.LastSeen, Count = (int)Math.Min(alert.Count, int.MaxValue),
        Summary = $"{alert.LastFile}:{alert.LastLine} {alert.LastField} = {alert.LastValue}",
    };
}
