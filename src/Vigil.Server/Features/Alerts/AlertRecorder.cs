using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Alerts;
using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Turns the hits of one hunt into alerts: one per (unit, indicator, subject), where the subject is the known computer
/// the line's other address or host belongs to, else that address. A hit is counted once per (alert, log, line), so a
/// log hunted again (re-hunt, restart after a crash) adds only what was not counted before.
/// </summary>
internal sealed class AlertRecorder(VigilDbContext db, ComputerLocator locator, RetainedLog log, int sampleSize, DateTime nowUtc)
{
    private const int BatchSize = 500;

    private readonly Dictionary<(IndicatorType, string, string), Alert> _alerts = [];
    private readonly HashSet<Guid> _created = [];
    private readonly HashSet<Guid> _updated = [];
    private readonly Dictionary<Guid, string> _names = [];
    private HashSet<(Guid AlertId, long Line)> _counted = [];
    private int _pending;

    public int Created => _created.Count;

    public int Updated => _updated.Count;

    public long Counted { get; private set; }

    /// <summary>The alerts this hunt created or counted hits on, with the computer's name when the subject is one.</summary>
    public IEnumerable<(Alert Alert, string? ComputerName)> Changed =>
        _alerts.Values.Where(a => _created.Contains(a.Id) || _updated.Contains(a.Id)).Select(a => (a, _names.GetValueOrDefault(a.Id)));

    /// <summary>Loads the keys already counted for this log past <paramref name="afterLine"/>.</summary>
    public async Task StartAsync(long afterLine, CancellationToken ct)
    {
        var keys = await db.AlertHits.AsNoTracking().Where(h => h.LogId == log.Id && h.Line > afterLine)
            .Select(h => new { h.AlertId, h.Line }).ToListAsync(ct);
        _counted = [.. keys.Select(k => (k.AlertId, k.Line))];
    }

    /// <summary>Counts <paramref name="hit"/> at <paramref name="line"/>; <paramref name="text"/> is the line when the hit has no addresses.</summary>
    public async Task AddAsync(HuntHit hit, long line, string? text, CancellationToken ct)
    {
        // The line's time picks the computer that had the address then (an address can move between computers).
        var seenAt = SeenAt(hit.Timestamp);
        var other = hit.Src is null && hit.Dst is null && text is not null ? OtherInText(hit, text, seenAt) : OtherParty(hit);
        var computer = locator.Find(other, seenAt);
        var subject = computer is { } c ? "computer:" + c.Id : other ?? "";
        var alert = await AlertAsync(hit.Type, hit.Indicator, subject, ct);
        if (!_counted.Add((alert.Id, line)))
        {
            return;
        }

        var isNew = alert.Count == 0;
        if (!_created.Contains(alert.Id))
        {
            _updated.Add(alert.Id);
        }

        db.AlertHits.Add(new AlertHit
        {
            Id = Guid.CreateVersion7(), UnitId = log.UnitId, AlertId = alert.Id, LogId = log.Id, Line = line, SeenAt = seenAt,
            Sample = alert.Count < sampleSize,
            Field = alert.Count < sampleSize ? hit.Field : null,
            Value = alert.Count < sampleSize ? hit.Value : null,
            LineTime = alert.Count < sampleSize ? hit.Timestamp : null,
            Src = alert.Count < sampleSize ? hit.Src : null,
            Dst = alert.Count < sampleSize ? hit.Dst : null,
        });
        alert.Count++;
        alert.Action = hit.Action;
        alert.ComputerId ??= computer?.Id;
        if (computer is { } known)
        {
            _names[alert.Id] = known.Name;
        }

        alert.Address ??= other;
        if (isNew || seenAt < alert.FirstSeen)
        {
            alert.FirstSeen = seenAt;
        }

        if (isNew || seenAt >= alert.LastSeen)
        {
            alert.LastSeen = seenAt;
            alert.LastField = hit.Field;
            alert.LastValue = hit.Value;
            alert.LastFile = log.Name;
            alert.LastLine = line;
        }

        // A closed alert that is hit again needs looking at again.
        if (alert.Status == AlertStatus.Closed)
        {
            alert.Status = AlertStatus.New;
        }

        Counted++;
        if (++_pending >= BatchSize)
        {
            await FlushAsync(ct);
        }
    }

    /// <summary>Saves what is pending and lets go of the saved hits, so a long hunt keeps its memory bounded.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries<AlertHit>().ToList())
        {
            entry.State = EntityState.Detached;
        }

        _pending = 0;
    }

    private async Task<Alert> AlertAsync(IndicatorType type, string indicator, string subject, CancellationToken ct)
    {
        if (_alerts.TryGetValue((type, indicator, subject), out var alert))
        {
            return alert;
        }

        alert = await db.Alerts.FirstOrDefaultAsync(a => a.UnitId == log.UnitId && a.IndicatorType == type && a.Indicator == indicator && a.Subject == subject, ct);
        if (alert is null)
        {
            alert = new Alert
            {
                Id = Guid.CreateVersion7(), UnitId = log.UnitId, IndicatorType = type, Indicator = indicator, Subject = subject,
                Status = AlertStatus.New, CreatedAt = nowUtc,
            };
            db.Alerts.Add(alert);
            _created.Add(alert.Id);
        }

        _alerts[(type, indicator, subject)] = alert;
        return alert;
    }

    /// <summary>In a line without parsed addresses: the first address a known computer has, else the first that is not the indicator.</summary>
    private string? OtherInText(HuntHit hit, string text, DateTime seenAt)
    {
        var addresses = HitLines.Addresses(text).Where(a => !string.Equals(a, hit.Value, StringComparison.OrdinalIgnoreCase) && a != hit.Indicator).ToList();
        return addresses.FirstOrDefault(a => locator.Find(a, seenAt) is not null) ?? addresses.FirstOrDefault();
    }

    /// <summary>The line's party that is not the indicator: the other address, or the client of a name or URL lookup.</summary>
    private static string? OtherParty(HuntHit hit)
    {
        if (hit.Dst is { Length: > 0 } dst && string.Equals(dst, hit.Value, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrEmpty(hit.Src) ? null : hit.Src;
        }

        if (hit.Src is { Length: > 0 } src && string.Equals(src, hit.Value, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrEmpty(hit.Dst) ? null : hit.Dst;
        }

        return string.IsNullOrEmpty(hit.Src) ? null : hit.Src;
    }

    /// <summary>
    /// The line's own time when it has a full one (ISO 8601 or Zeek epoch seconds), else when the log arrived; a syslog
    /// day file is hunted seconds after its lines arrive, so for it the time of the hunt (within the file's day) is closer.
    /// </summary>
    private DateTime SeenAt(string? timestamp)
    {
        var arrived = log.Source != LogSource.Syslog ? log.ReceivedAt
            : nowUtc < log.ReceivedAt ? log.ReceivedAt : nowUtc < log.ReceivedAt.Date.AddDays(1) ? nowUtc : log.ReceivedAt.Date.AddDays(1).AddTicks(-1);
        if (timestamp is null)
        {
            return arrived;
        }

        if (double.TryParse(timestamp, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) && epoch is > 1e8 and < 1e11)
        {
            return DateTime.UnixEpoch.AddSeconds(epoch);
        }

        // A year-less syslog time would be guessed into the current year; such lines take the arrival time instead.
        return DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && timestamp.Contains(parsed.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && parsed.UtcDateTime <= nowUtc.AddDays(1)
            ? parsed.UtcDateTime
            : arrived;
    }
}
