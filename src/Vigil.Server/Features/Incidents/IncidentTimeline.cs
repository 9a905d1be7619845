using Vigil.Domain.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>
/// Appends lines to an incident's history. Other features (isolation, alerts, notifications) call
/// <see cref="AppendAsync"/> with the incident id; the entry is saved with the caller's scope, so it lands only on an
/// incident the caller may change.
/// </summary>
public sealed class IncidentTimeline(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Adds the entry to the context without saving: the caller saves it with its own change, in one transaction.</summary>
    public IncidentTimelineEntry Add(Incident incident, IncidentTimelineKind kind, string text, Guid? refId = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new IncidentTimelineEntry
        {
            Id = Guid.CreateVersion7(), IncidentId = incident.Id, UnitId = incident.UnitId, At = now, Kind = kind, Text = text, RefId = refId,
            Actor = db.Access.ActorName,
        };
        db.IncidentTimeline.Add(entry);
        incident.UpdatedAt = now;
        return entry;
    }

    /// <summary>Records a step taken elsewhere (an isolation result, a kit issued) on the incident and saves it.</summary>
    /// <returns>False when the incident does not exist or is outside the caller's scope.</returns>
    public async Task<bool> AppendAsync(Guid incidentId, IncidentTimelineKind kind, string text, Guid? refId = null, CancellationToken ct = default)
    {
        var incident = await db.Incidents.FindAsync([incidentId], ct);
        if (incident is null || !db.Access.Scope.CanWrite(incident.UnitId))
        {
            return false;
        }

        Add(incident, kind, text, refId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
