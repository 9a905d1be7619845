using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>
/// Turns alerts into incidents by the configured rules. The alerts feature calls <see cref="ApplyAsync"/> once per new
/// or grown alert (usually as the system, from its job); an open incident of the same unit about the same computer or
/// indicator gets the alert on its timeline instead of a second incident.
/// </summary>
public sealed class IncidentAlertIntake(
    VigilDbContext db, IncidentTimeline timeline, Notifications.NotificationPublisher notifications, IOptions<IncidentOptions> options, TimeProvider clock,
    ILogger<IncidentAlertIntake> logger)
{
    public async Task<IncidentDecision> ApplyAsync(AlertFacts alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var open = await FindOpenAsync(alert, ct);
        var decision = IncidentRules.Decide(alert, options.Value.EffectiveRules, open?.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (decision.Kind)
        {
            case IncidentDecisionKind.Attach:
                await AttachAsync(open!, alert, now, ct);
                await db.SaveChangesAsync(ct);
                Log.AlertAttached(logger, alert.AlertId, open!.Id);
                return decision;
            case IncidentDecisionKind.Open:
                var incident = await OpenAsync(alert, decision, now, ct);
                await db.SaveChangesAsync(ct);
                Log.IncidentOpened(logger, incident.Id, incident.UnitId, incident.Severity.ToString(), decision.RuleName ?? "");
                return decision with { IncidentId = incident.Id };
            default:
                return decision;
        }
    }

    private async Task<Incident?> FindOpenAsync(AlertFacts alert, CancellationToken ct)
    {
        var computerId = alert.ComputerId;
        var value = alert.IndicatorValue;
        var incidentIds = db.IncidentAssets
            .Where(a => a.UnitId == alert.UnitId
                && ((computerId != null && a.Kind == IncidentAssetKind.Computer && a.RefId == computerId)
                    || (a.Kind == IncidentAssetKind.Indicator && a.Label == value)))
            .Select(a => a.IncidentId);
        return await db.Incidents.Where(i => incidentIds.Contains(i.Id) && i.Status != IncidentStatus.Closed)
            .OrderBy(i => i.CreatedAt).FirstOrDefaultAsync(ct);
    }

    private async Task<Incident> OpenAsync(AlertFacts alert, IncidentDecision decision, DateTime now, CancellationToken ct)
    {
        var unit = await db.Units.FirstAsync(u => u.Id == alert.UnitId, ct);
        var target = alert.ComputerName ?? alert.ComputerId?.ToString() ?? unit.Name;
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(), UnitId = alert.UnitId, Severity = decision.Severity, Status = IncidentStatus.New,
            Title = string.Create(CultureInfo.InvariantCulture, $"{alert.IndicatorType} {alert.IndicatorValue} — {target}"),
            Description = alert.Summary ?? "", DetectedAt = alert.FirstSeen == default ? now : alert.FirstSeen, DetectionMethod = "alert",
            OpenedByRule = decision.RuleName, CreatedAt = now, CreatedBy = db.Access.ActorName, UpdatedAt = now,
        };
        IncidentService.SetDeadline(incident, unit.TimeZone, options.Value);
        db.Incidents.Add(incident);
        timeline.Add(incident, IncidentTimelineKind.Created, $"rule {decision.RuleName}");
        await AttachAsync(incident, alert, now, ct);
        await IncidentService.NotifyCreatedAsync(notifications, incident, ct);
        return incident;
    }

    private async Task AttachAsync(Incident incident, AlertFacts alert, DateTime now, CancellationToken ct)
    {
        // An alert that grows (syslog is hunted every few seconds) is on the timeline once; its count lives on the alert.
        if (await db.IncidentTimeline.AnyAsync(t => t.IncidentId == incident.Id && t.Kind == IncidentTimelineKind.Alert && t.RefId == alert.AlertId, ct))
        {
            return;
        }

        var known = await db.IncidentAssets.Where(a => a.IncidentId == incident.Id).Select(a => new { a.Kind, a.RefId, a.Label }).ToListAsync(ct);
        if (alert.ComputerId is { } computerId && !known.Exists(a => a.Kind == IncidentAssetKind.Computer && a.RefId == computerId))
        {
            db.IncidentAssets.Add(IncidentService.Asset(incident, IncidentAssetKind.Computer, computerId, alert.ComputerName ?? computerId.ToString(), now));
        }

        if (!known.Exists(a => a.Kind == IncidentAssetKind.Indicator && a.Label == alert.IndicatorValue))
        {
            db.IncidentAssets.Add(IncidentService.Asset(incident, IncidentAssetKind.Indicator, null, alert.IndicatorValue, now));
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"{alert.IndicatorType} {alert.IndicatorValue} ×{alert.Count} ({alert.FirstSeen:u} – {alert.LastSeen:u}){(alert.Summary is null ? "" : ": " + alert.Summary)}");
        timeline.Add(incident, IncidentTimelineKind.Alert, text, alert.AlertId);
    }
}
