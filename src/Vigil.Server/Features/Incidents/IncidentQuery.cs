using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>Reads incidents for the API and the pages; the query filters keep other units' incidents out.</summary>
public sealed class IncidentQuery(VigilDbContext db, IOptions<IncidentOptions> options, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IncidentPageDto> ListAsync(IncidentFilter filter, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Incidents.AsNoTracking();
        if (filter.UnitId is { } unitId)
        {
            if (filter.IncludeSubtree)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "\u0000";
                query = query.Where(i => db.Units.Any(u => u.Id == i.UnitId && u.Path.StartsWith(path)));
            }
            else
            {
                query = query.Where(i => i.UnitId == unitId);
            }
        }

        if (Enum.TryParse<IncidentStatus>(filter.Status, true, out var status))
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.Severity is not null && IncidentService.ParseSeverity(filter.Severity) is { } severity)
        {
            query = query.Where(i => i.Severity == severity);
        }

        if (filter.Open)
        {
            query = query.Where(i => i.Status != IncidentStatus.Closed);
        }

        if (filter.Overdue)
        {
            query = query.Where(i => i.ReportedAt == null && i.ReportDueAt != null && i.ReportDueAt < now);
        }

        if (filter.AssigneeId is { } assignee)
        {
            query = query.Where(i => i.AssigneeId == assignee);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Trim();
            query = query.Where(i => i.Title.Contains(words));
        }

        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(i => i.DetectedAt).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new { Incident = i, UnitName = db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var items = rows.Select(r => new IncidentSummaryDto(
            r.Incident.Id, r.Incident.UnitId, r.UnitName ?? "", r.Incident.Title, r.Incident.Severity.ToString(), r.Incident.Status.ToString(), r.Incident.DetectedAt,
            r.Incident.AssigneeName, r.Incident.ReportDueAt, DeadlineOf(r.Incident, now).ToString(), r.Incident.UpdatedAt)).ToList();
        return new IncidentPageDto(items, total, page, PageSize);
    }

    public async Task<Result<IncidentDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var i = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return IncidentErrors.NotFound(id);
        }

        var unitName = await db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        var assets = await db.IncidentAssets.AsNoTracking().Where(a => a.IncidentId == id).OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .Select(a => new IncidentAssetDto(a.Id, a.Kind.ToString(), a.RefId, a.Label, a.AddedAt)).ToListAsync(ct);
        var timeline = await db.IncidentTimeline.AsNoTracking().Where(t => t.IncidentId == id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new IncidentTimelineDto(t.Id, t.At, t.Kind.ToString(), t.Text, t.RefId, t.Actor)).ToListAsync(ct);
        var files = await db.IncidentFiles.AsNoTracking().Where(f => f.IncidentId == id).OrderBy(f => f.UploadedAt).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var regulation = Regulation(i.RegulationId);
        var next = db.Access.Scope.CanWrite(i.UnitId) ? IncidentWorkflow.Next(i.Status).Select(s => s.ToString()).ToList() : [];
        return new IncidentDto(
            i.Id, i.UnitId, unitName, i.Title, i.Description, i.Severity.ToString(), i.Status.ToString(), next, i.DetectedAt, i.DetectionMethod, i.Impact,
            i.AffectedSystem, i.SystemOwner, i.NotifiedParties, i.MeasuresTaken, i.ReporterName, i.ReporterContact, i.AssigneeId, i.AssigneeName,
            i.RegulationId, regulation?.RecipientAuthority, i.ReportDueAt, i.ReportedAt, DeadlineOf(i, now).ToString(), i.OpenedByRule, i.ClosedAt,
            i.CreatedAt, i.CreatedBy, i.UpdatedAt, assets, timeline, [.. files.Select(IncidentFiles.ToDto)]);
    }

    /// <summary>Accounts the caller can see that could work on an incident of the unit: bound to it or to a unit above it.</summary>
    public async Task<List<(Guid Id, string Name)>> AssignableAsync(Guid unitId, CancellationToken ct)
    {
        var path = await db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "";
        var lineage = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => Guid.ParseExact(p, "N")).ToList();
        var users = await db.Users.AsNoTracking().Where(u => !u.Disabled && (u.Role == Domain.Access.Role.Administrator || u.Units.Any(b => lineage.Contains(b.UnitId))))
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return [.. users.Select(u => (u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName : $"{u.DisplayName} ({u.UserName})"))];
    }

    public IncidentRegulation? Regulation(string id) => options.Value.EffectiveRegulations.FirstOrDefault(r => r.Id == id);

    internal DeadlineState DeadlineOf(Incident i, DateTime now) =>
        IncidentDeadline.StateAt(i.ReportDueAt, i.ReportedAt, Regulation(i.RegulationId)?.WarnHoursBefore ?? 48, now);
}
