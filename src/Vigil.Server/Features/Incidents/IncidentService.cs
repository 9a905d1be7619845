using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>Opening, describing, moving and assigning incidents. Every change is a timeline line and, through the context, an audit entry.</summary>
public sealed partial class IncidentService(
    VigilDbContext db, IncidentTimeline timeline, Notifications.NotificationPublisher notifications, IOptions<IncidentOptions> options, TimeProvider clock,
    ILogger<IncidentService> logger)
{
    private const int MaxText = 4000;

    private IncidentOptions Options => options.Value;

    public async Task<Result<Guid>> CreateAsync(IncidentCreateDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == body.UnitId, ct);
        if (unit is null)
        {
            return Error.NotFound("unit.not_found", $"Unit {body.UnitId} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(unit.Id))
        {
            return Error.Forbidden("incident.read_only", $"You may not open incidents in unit {unit.Id}.");
        }

        if (string.IsNullOrWhiteSpace(body.Title))
        {
            return Error.Validation("incident.title_required", "An incident needs a title.", "title");
        }

        if (ParseSeverity(body.Severity ?? nameof(IncidentSeverity.Medium)) is not { } severity)
        {
            return Error.Validation("incident.severity", $"Unknown severity '{body.Severity}': Low, Medium, High or Critical.", "severity");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var detectedAt = body.DetectedAt?.ToUniversalTime() ?? now;
        if (detectedAt > now.AddMinutes(5))
        {
            return Error.Validation("incident.detected_in_future", "The detection time lies in the future.", "detectedAt");
        }

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(), UnitId = unit.Id, Title = Clip(body.Title), Description = Clip(body.Description ?? ""), Severity = severity,
            Status = IncidentStatus.New, DetectedAt = detectedAt, DetectionMethod = Clip(string.IsNullOrWhiteSpace(body.DetectionMethod) ? "manual" : body.DetectionMethod),
            Impact = Optional(body.Impact), AffectedSystem = Optional(body.AffectedSystem), SystemOwner = Optional(body.SystemOwner),
            NotifiedParties = Optional(body.NotifiedParties), MeasuresTaken = Optional(body.MeasuresTaken), ReporterName = Optional(body.ReporterName) ?? db.Access.ActorName,
            ReporterContact = Optional(body.ReporterContact), CreatedAt = now, CreatedBy = db.Access.ActorName, UpdatedAt = now,
        };
        SetDeadline(incident, unit.TimeZone);

        var assets = await ResolveAssetsAsync(incident, body.ComputerIds, body.DeviceIds, body.UnitIds, ct);
        if (!assets.IsSuccess)
        {
            return assets.Error!;
        }

        db.Incidents.Add(incident);
        db.IncidentAssets.AddRange(assets.Value!);
        timeline.Add(incident, IncidentTimelineKind.Created, incident.Title);
        await NotifyCreatedAsync(notifications, incident, ct);
        await db.SaveChangesAsync(ct);
        Log.IncidentOpened(logger, incident.Id, incident.UnitId, incident.Severity.ToString(), "manual");
        return incident.Id;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, IncidentUpdateDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var incident = found.Value!;
        if (body.Title is not null)
        {
            if (string.IsNullOrWhiteSpace(body.Title))
            {
                return Error.Validation("incident.title_required", "An incident needs a title.", "title");
            }

            incident.Title = Clip(body.Title);
        }

        if (body.Severity is not null)
        {
            if (ParseSeverity(body.Severity) is not { } severity)
            {
                return Error.Validation("incident.severity", $"Unknown severity '{body.Severity}': Low, Medium, High or Critical.", "severity");
            }

            incident.Severity = severity;
        }

        incident.Description = body.Description is null ? incident.Description : Clip(body.Description);
        incident.DetectionMethod = string.IsNullOrWhiteSpace(body.DetectionMethod) ? incident.DetectionMethod : Clip(body.DetectionMethod);
        incident.Impact = Keep(incident.Impact, body.Impact);
        incident.AffectedSystem = Keep(incident.AffectedSystem, body.AffectedSystem);
        incident.SystemOwner = Keep(incident.SystemOwner, body.SystemOwner);
        incident.NotifiedParties = Keep(incident.NotifiedParties, body.NotifiedParties);
        incident.MeasuresTaken = Keep(incident.MeasuresTaken, body.MeasuresTaken);
        incident.ReporterName = Keep(incident.ReporterName, body.ReporterName);
        incident.ReporterContact = Keep(incident.ReporterContact, body.ReporterContact);
        incident.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return incident.Id;
    }

    public async Task<Result<Guid>> TransitionAsync(Guid id, IncidentTransitionDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var incident = found.Value!;
        if (!Enum.TryParse<IncidentStatus>(body.Status, ignoreCase: true, out var to) || !Enum.IsDefined(to))
        {
            return Error.Validation("incident.status", $"Unknown status '{body.Status}'.", "status");
        }

        if (!IncidentWorkflow.CanMove(incident.Status, to))
        {
            return Error.Conflict("incident.transition", $"An incident that is {incident.Status} cannot move to {to}.");
        }

        var from = incident.Status;
        incident.Status = to;
        incident.ClosedAt = to == IncidentStatus.Closed ? clock.GetUtcNow().UtcDateTime : null;
        var note = string.IsNullOrWhiteSpace(body.Note) ? "" : ": " + Clip(body.Note);
        timeline.Add(incident, IncidentTimelineKind.StatusChanged, $"{from} → {to}{note}");
        await notifications.AddAsync(Domain.Notifications.NotificationEvents.IncidentStatusChanged, incident.UnitId, $"Sự cố {incident.Title}: {from} → {to}",
            $"/incidents/{incident.Id}", Fields(incident), ct);
        await db.SaveChangesAsync(ct);
        Log.IncidentStatusChanged(logger, incident.Id, from.ToString(), to.ToString());
        return incident.Id;
    }

    public async Task<Result<Guid>> AddNoteAsync(Guid id, IncidentNoteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Error.Validation("incident.note_empty", "A note needs text.", "text");
        }

        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        timeline.Add(found.Value!, IncidentTimelineKind.Note, Clip(body.Text));
        await db.SaveChangesAsync(ct);
        return id;
    }

    public async Task<Result<Guid>> AssignAsync(Guid id, IncidentAssignDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var incident = found.Value!;
        string? name = null;
        if (body.AssigneeId is { } userId)
        {
            // Only a person who can see the incident's unit can work on it: bound to that unit or one above it.
            var user = await db.Users.Where(u => u.Id == userId && !u.Disabled)
                .Select(u => new { u.DisplayName, u.UserName, u.Role, Units = u.Units.Select(b => b.UnitId).ToList() }).FirstOrDefaultAsync(ct);
            var incidentPath = await db.Units.IgnoreQueryFilters().Where(u => u.Id == incident.UnitId).Select(u => u.Path).FirstAsync(ct);
            var boundPaths = user is null ? [] : await db.Units.IgnoreQueryFilters().Where(u => user.Units.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
            if (user is null || (user.Role != Domain.Access.Role.Administrator && !boundPaths.Exists(p => incidentPath.StartsWith(p, StringComparison.Ordinal))))
            {
                return Error.Validation("incident.assignee", $"Account {userId} does not exist, is disabled or cannot see this incident's unit.", "assigneeId");
            }

            name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName;
        }

        incident.AssigneeId = body.AssigneeId;
        incident.AssigneeName = name;
        timeline.Add(incident, IncidentTimelineKind.Assigned, name ?? "-", body.AssigneeId);
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>Marks the initial report as sent to the authority: the deadline stops counting.</summary>
    public async Task<Result<Guid>> MarkReportedAsync(Guid id, CancellationToken ct)
    {
        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var incident = found.Value!;
        incident.ReportedAt ??= clock.GetUtcNow().UtcDateTime;
        timeline.Add(incident, IncidentTimelineKind.Report, "initial report sent");
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// Records the outcome of an isolation step (from the isolation feature: agent result, kit applied, release) on the
    /// incident's timeline and notifies subscribers of <c>isolation.result</c>, in one save.
    /// </summary>
    public async Task<Result<Guid>> RecordIsolationResultAsync(Guid id, string text, bool succeeded, Guid? commandId, CancellationToken ct)
    {
        var found = await WritableAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var incident = found.Value!;
        timeline.Add(incident, IncidentTimelineKind.Action, Clip(text), commandId);
        var fields = Fields(incident);
        fields["succeeded"] = succeeded ? "true" : "false";
        await notifications.AddAsync(Domain.Notifications.NotificationEvents.IsolationResult, incident.UnitId,
            $"{(succeeded ? "Cô lập thành công" : "Cô lập thất bại")}: {incident.Title} — {Clip(text)}", $"/incidents/{incident.Id}", fields, ct);
        await db.SaveChangesAsync(ct);
        return id;
    }

    internal static Task NotifyCreatedAsync(Notifications.NotificationPublisher notifications, Incident incident, CancellationToken ct) =>
        notifications.AddAsync(Domain.Notifications.NotificationEvents.IncidentCreated, incident.UnitId, $"Sự cố mới ({incident.Severity}): {incident.Title}",
            $"/incidents/{incident.Id}", Fields(incident), ct);

    internal static Dictionary<string, string?> Fields(Incident incident) => new()
    {
        ["incidentId"] = incident.Id.ToString(), ["title"] = incident.Title, ["severity"] = incident.Severity.ToString(), ["status"] = incident.Status.ToString(),
    };

    internal async Task<Result<Incident>> WritableAsync(Guid id, CancellationToken ct)
    {
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
        {
            return IncidentErrors.NotFound(id);
        }

        return db.Access.Scope.CanWrite(incident.UnitId) ? incident : IncidentErrors.ReadOnly(id);
    }

    private void SetDeadline(Incident incident, string timeZone) => SetDeadline(incident, timeZone, Options);

    /// <summary>The reporting rule in force on the detection day (in the unit's time zone) and the report's due time.</summary>
    internal static void SetDeadline(Incident incident, string timeZone, IncidentOptions options)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(incident.DetectedAt, zone));
        if (IncidentRegulations.InForce(options.EffectiveRegulations, localDay) is { } rule)
        {
            incident.RegulationId = rule.Id;
            incident.ReportDueAt = IncidentRegulations.DueAt(rule, incident.DetectedAt);
        }
    }

    internal static IncidentSeverity? ParseSeverity(string text) =>
        Enum.TryParse<IncidentSeverity>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) && !char.IsDigit(text.Trim()[0]) ? s : null;

    private static string Clip(string text) => text.Trim() is var t && t.Length > MaxText ? t[..MaxText] : text.Trim();

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clip(text);

    private static string? Keep(string? current, string? change) => change is null ? current : Optional(change);
}
