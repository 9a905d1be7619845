using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Incidents;
using Vigil.Domain.Notifications;
using Vigil.Server.Features.Incidents;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Notifications;

/// <summary>Announces, once each, that an incident's initial report is due soon and that it is overdue.</summary>
internal sealed class IncidentDeadlineJob : IRecurringJob
{
    public string Name => "incident-deadlines";

    public TimeSpan DefaultInterval => TimeSpan.FromMinutes(15);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var db = services.GetRequiredService<VigilDbContext>();
        var publisher = services.GetRequiredService<NotificationPublisher>();
        var query = services.GetRequiredService<IncidentQuery>();
        var logger = services.GetRequiredService<ILogger<IncidentDeadlineJob>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var open = await db.Incidents
            .Where(i => i.Status != IncidentStatus.Closed && i.ReportedAt == null && i.ReportDueAt != null && (i.DeadlineWarnedAt == null || i.OverdueNotifiedAt == null))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var incident in open)
        {
            var state = query.DeadlineOf(incident, now);
            var due = incident.ReportDueAt!.Value.ToString("u", CultureInfo.InvariantCulture);
            if (state == DeadlineState.Overdue && incident.OverdueNotifiedAt is null)
            {
                await publisher.AddAsync(NotificationEvents.DeadlineOverdue, incident.UnitId, $"Quá hạn báo cáo ban đầu sự cố: {incident.Title}", $"/incidents/{incident.Id}",
                    new Dictionary<string, string?> { ["incidentId"] = incident.Id.ToString(), ["dueAt"] = due }, ct);
                incident.OverdueNotifiedAt = now;
                incident.DeadlineWarnedAt ??= now;
                sent++;
            }
            else if (state == DeadlineState.Approaching && incident.DeadlineWarnedAt is null)
            {
                await publisher.AddAsync(NotificationEvents.DeadlineApproaching, incident.UnitId, $"Sắp đến hạn báo cáo ban đầu sự cố: {incident.Title}", $"/incidents/{incident.Id}",
                    new Dictionary<string, string?> { ["incidentId"] = incident.Id.ToString(), ["dueAt"] = due }, ct);
                incident.DeadlineWarnedAt = now;
                sent++;
            }
        }

        await db.SaveChangesAsync(ct);
        if (sent > 0)
        {
            Log.DeadlineNoticesRaised(logger, sent);
        }
    }
}
