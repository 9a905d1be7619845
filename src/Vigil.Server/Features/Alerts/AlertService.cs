using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Alerts;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>Alert list, detail and handling (new → acknowledged → closed), all through the scope filter.</summary>
public sealed class AlertService(VigilDbContext db, TimeProvider clock, ILogger<AlertService> logger)
{
    public static Error NotFound(Guid id) => Error.NotFound("alert.not_found", $"Alert {id} does not exist or is outside your scope.");

    public async Task<Result<AlertPageDto>> SearchAsync(AlertSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = db.Alerts.AsNoTracking();
        if (search.Status is { Length: > 0 } status)
        {
            if (!Enum.TryParse<AlertStatus>(status, true, out var parsed))
            {
                return Error.Validation("alert.bad_status", $"Unknown status '{status}': New, Acknowledged or Closed.", "status");
            }

            query = query.Where(a => a.Status == parsed);
        }

        if (search.Action is { Length: > 0 } action)
        {
            if (!Enum.TryParse<IndicatorAction>(action, true, out var parsed))
            {
                return Error.Validation("alert.bad_action", $"Unknown action '{action}': Block or AlertOnly.", "action");
            }

            query = query.Where(a => a.Action == parsed);
        }

        if (search.UnitId is { } unitId)
        {
            var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return Error.NotFound("unit.not_found", $"Unit {unitId} does not exist or is outside your scope.");
            }

            query = query.Where(a => db.Units.Any(u => u.Id == a.UnitId && u.Path.StartsWith(path)));
        }

        if (search.ComputerId is { } computerId)
        {
            query = query.Where(a => a.ComputerId == computerId);
        }

        if (search.Indicator is { Length: > 0 } indicator)
        {
            var needle = indicator.Trim().ToLowerInvariant();
            query = query.Where(a => a.Indicator.Contains(needle));
        }

        if (search.Since is { } since)
        {
            var utc = since.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(since, DateTimeKind.Utc) : since.ToUniversalTime();
            query = query.Where(a => a.LastSeen >= utc);
        }

        var page = Math.Max(1, search.Page ?? 1);
        var size = Math.Clamp(search.PageSize ?? 50, 1, 500);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.LastSeen).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        return new AlertPageDto(total, page, size, rows.ConvertAll(a => ToDto(a, names)));
    }

    public async Task<Result<AlertDetailDto>> DetailAsync(Guid alertId, CancellationToken ct)
    {
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, ct);
        if (alert is null)
        {
            return NotFound(alertId);
        }

        var samples = await (from h in db.AlertHits.AsNoTracking()
                             join l in db.RetainedLogs.AsNoTracking() on h.LogId equals l.Id
                             where h.AlertId == alertId && h.Sample
                             orderby h.SeenAt, h.Line
                             select new AlertHitDto(h.LogId, l.Name, h.Line, h.SeenAt, h.Field, h.Value, h.LineTime, h.Src, h.Dst)).ToListAsync(ct);
        return Detail(alert, await NamesAsync([alert], ct), samples);
    }

    public Task<Result<AlertDetailDto>> AcknowledgeAsync(Guid alertId, AlertStatusChangeDto? change, CancellationToken ct) =>
        ChangeAsync(alertId, AlertStatus.Acknowledged, change?.Note, ct);

    public Task<Result<AlertDetailDto>> CloseAsync(Guid alertId, AlertStatusChangeDto? change, CancellationToken ct) =>
        ChangeAsync(alertId, AlertStatus.Closed, change?.Note, ct);

    private async Task<Result<AlertDetailDto>> ChangeAsync(Guid alertId, AlertStatus status, string? note, CancellationToken ct)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId, ct);
        if (alert is null)
        {
            return NotFound(alertId);
        }

        if (!db.Access.Scope.CanWrite(alert.UnitId))
        {
            return Error.Forbidden("alert.forbidden", "You may read this unit's alerts but not handle them.");
        }

        if (alert.Status == AlertStatus.Closed && status == AlertStatus.Acknowledged)
        {
            return Error.Conflict("alert.closed", "The alert is closed; it opens again by itself when it is hit again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (alert.Status != status)
        {
            alert.Status = status;
            if (status == AlertStatus.Acknowledged || alert.AcknowledgedAt is null)
            {
                alert.AcknowledgedAt = now;
                alert.AcknowledgedBy = db.Access.ActorName;
            }

            if (status == AlertStatus.Closed)
            {
                alert.ClosedAt = now;
                alert.ClosedBy = db.Access.ActorName;
            }
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            alert.Note = note.Trim().Length > 2000 ? note.Trim()[..2000] : note.Trim();
        }

        await db.SaveChangesAsync(ct);
        Log.AlertStatusChanged(logger, alert.Id, alert.Status.ToString());
        return await DetailAsync(alertId, ct);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(List<Alert> alerts, CancellationToken ct)
    {
        var ids = alerts.Where(a => a.ComputerId is not null).Select(a => a.ComputerId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Computers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Hostname, ct);
    }

    internal static AlertSummaryDto ToDto(Alert a, Dictionary<Guid, string> names) =>
        new(a.Id, a.UnitId, a.IndicatorType.ToString(), a.Indicator, a.Action.ToString(), a.ComputerId,
            a.ComputerId is { } c && names.TryGetValue(c, out var name) ? name : null, a.Address, a.Count, a.FirstSeen, a.LastSeen,
            a.LastField, a.LastValue, a.LastFile, a.LastLine, a.Status.ToString());

    private static AlertDetailDto Detail(Alert a, Dictionary<Guid, string> names, List<AlertHitDto> samples) =>
        new(ToDto(a, names), a.CreatedAt, a.AcknowledgedAt, a.AcknowledgedBy, a.ClosedAt, a.ClosedBy, a.Note, samples);
}
