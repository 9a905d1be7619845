using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// A unit's report: read it auto-filled from live data, override figures with a justification, add notes, submit a frozen
/// version; coordinators reopen a submitted report, which the unit then submits again as a new version.
/// </summary>
public sealed class UnitReportService(VigilDbContext db, DirectiveLoader loader, ILogger<UnitReportService> logger)
{
    public const int MaxNotesLength = 4000;

    public async Task<Result<UnitReportDto>> GetAsync(Guid directiveId, Guid unitId, CancellationToken ct)
    {
        var context = await LoadAsync(directiveId, unitId, ct);
        if (!context.IsSuccess)
        {
            return context.Error!;
        }

        var (directive, target, report) = context.Value;
        var figures = DirectiveJson.Figures(directive.FiguresJson);
        List<FigureValue> values;
        if (report.Status == ReportStatus.Submitted)
        {
            var latest = await db.ReportVersions.AsNoTracking().FirstAsync(v => v.ReportId == report.Id && v.Version == report.Version, ct);
            values = DirectiveJson.Values(latest.SnapshotJson);
        }
        else
        {
            var measured = await loader.MeasureAsync(directive, target, [report.UnitId], ct);
            values = DirectiveLoader.Merge(figures, measured.Counts(report.UnitId, figures.Select(f => f.Key)), DirectiveJson.Entries(report.EntriesJson));
        }

        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == report.UnitId, ct);
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == report.Id).OrderByDescending(v => v.Version).ToListAsync(ct);
        return new UnitReportDto(
            report.Id, directive.Id, unit.Id, unit.Code, unit.Name, report.CoversSubtree, report.Status.ToString(),
            ReportWorkflow.OnBoard(report.Status, directive.DeadlineUtc, loader.Now).ToString(), report.Version, directive.DeadlineUtc, report.Notes,
            report.SubmittedAt, report.SubmittedBy, DirectiveMapping.Figures(figures, values),
            versions.ConvertAll(v => new ReportVersionDto(v.Version, v.SubmittedAt, v.SubmittedBy, v.Late, v.Notes,
                DirectiveMapping.Figures(figures, DirectiveJson.Values(v.SnapshotJson)), v.ReopenedAt, v.ReopenedBy, v.ReopenReason)));
    }

    /// <summary>Saves the unit's overrides and notes as a draft; an override needs a justification already here.</summary>
    public async Task<Result<UnitReportDto>> SaveAsync(Guid directiveId, Guid unitId, ReportWriteDto body, CancellationToken ct)
    {
        var saved = await SaveEntriesAsync(directiveId, unitId, body, forSubmission: false, ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(directiveId, unitId, ct);
    }

    /// <summary>Freezes the report: measures now, applies the unit's entries, writes a new version.</summary>
    public async Task<Result<UnitReportDto>> SubmitAsync(Guid directiveId, Guid unitId, ReportWriteDto? body, CancellationToken ct)
    {
        var saved = await SaveEntriesAsync(directiveId, unitId, body, forSubmission: true, ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        var (directive, report, values) = saved.Value;
        var next = ReportWorkflow.Submit(report.Status);
        if (!next.IsSuccess)
        {
            return next.Error!;
        }

        var now = loader.Now;
        var late = now >= directive.DeadlineUtc;
        report.Status = next.Value;
        report.Version++;
        report.SubmittedAt = now;
        report.SubmittedBy = db.Access.ActorName;
        db.ReportVersions.Add(new ReportVersion
        {
            Id = Guid.CreateVersion7(),
            ReportId = report.Id,
            DirectiveId = directive.Id,
            UnitId = report.UnitId,
            Version = report.Version,
            SnapshotJson = DirectiveJson.Values(values),
            Notes = report.Notes,
            SubmittedAt = now,
            SubmittedBy = db.Access.ActorName,
            SubmittedById = db.Access.ActorId,
            Late = late,
        });
        db.AddAuditEvent("report.submitted", nameof(UnitReport), report.Id.ToString(), report.UnitId,
            JsonSerializer.Serialize(new Dictionary<string, object> { ["directive"] = directive.Number, ["version"] = report.Version, ["late"] = late }));
        await db.SaveChangesAsync(ct);
        Log.ReportSubmitted(logger, directive.Id, report.UnitId, report.Version, late);
        return await GetAsync(directiveId, unitId, ct);
    }

    /// <summary>The coordinator sends a submitted report back with a reason; the unit submits a new version.</summary>
    public async Task<Result<UnitReportDto>> ReopenAsync(Guid directiveId, Guid unitId, ReportReopenDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var context = await LoadAsync(directiveId, unitId, ct);
        if (!context.IsSuccess)
        {
            return context.Error!;
        }

        var (directive, _, report) = context.Value;
        if (!DirectiveAccess.Manages(db, directive.UnitId))
        {
            return Error.Forbidden("report.reopen_forbidden", "Only coordinators of the directive's target reopen reports.");
        }

        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Trim().Length > MaxNotesLength)
        {
            return Error.Validation("report.reopen_reason", "Say why the report is sent back (up to 4000 characters).", "reason");
        }

        var next = ReportWorkflow.Reopen(report.Status);
        if (!next.IsSuccess)
        {
            return next.Error!;
        }

        var latest = await db.ReportVersions.FirstAsync(v => v.ReportId == report.Id && v.Version == report.Version, ct);
        latest.ReopenedAt = loader.Now;
        latest.ReopenedBy = db.Access.ActorName;
        latest.ReopenReason = body.Reason.Trim();
        report.Status = next.Value;
        report.UpdatedAt = loader.Now;
        report.UpdatedBy = db.Access.ActorName;
        db.AddAuditEvent("report.reopened", nameof(UnitReport), report.Id.ToString(), report.UnitId,
            JsonSerializer.Serialize(new Dictionary<string, object> { ["directive"] = directive.Number, ["version"] = report.Version, ["reason"] = latest.ReopenReason }));
        await db.SaveChangesAsync(ct);
        Log.ReportReopened(logger, directive.Id, report.UnitId, report.Version);
        return await GetAsync(directiveId, unitId, ct);
    }

    private async Task<Result<(Directive Directive, Domain.Organisation.OrgUnit Target, UnitReport Report)>> LoadAsync(Guid directiveId, Guid unitId, CancellationToken ct)
    {
        var loaded = await loader.LoadAsync(directiveId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var report = await db.UnitReports.FirstOrDefaultAsync(r => r.DirectiveId == directiveId && r.UnitId == unitId, ct);
        return report is null ? DirectiveAccess.ReportNotFound(directiveId, unitId) : (loaded.Value.Directive, loaded.Value.Target, report);
    }

    private async Task<Result<(Directive, UnitReport, List<FigureValue>)>> SaveEntriesAsync(
        Guid directiveId, Guid unitId, ReportWriteDto? body, bool forSubmission, CancellationToken ct)
    {
        var context = await LoadAsync(directiveId, unitId, ct);
        if (!context.IsSuccess)
        {
            return context.Error!;
        }

        var (directive, target, report) = context.Value;
        if (!db.Access.Scope.CanWrite(report.UnitId))
        {
            return Error.Forbidden("report.forbidden", "You may read this report but not change or submit it.");
        }

        var draft = ReportWorkflow.SaveDraft(report.Status);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        if (body?.Notes is { Length: > MaxNotesLength })
        {
            return Error.Validation("report.notes_too_long", $"Notes are at most {MaxNotesLength} characters.", "notes");
        }

        var oldEntries = DirectiveJson.Entries(report.EntriesJson);
        var entries = body?.Figures is { } given ? given.ConvertAll(e => new FigureEntry(e.Key, e.Reported, e.Justification)) : oldEntries;
        var figures = DirectiveJson.Figures(directive.FiguresJson);
        var measured = await loader.MeasureAsync(directive, target, [report.UnitId], ct);
        var values = FigureRules.Combine(figures, measured.Counts(report.UnitId, figures.Select(f => f.Key)), entries, forSubmission);
        if (!values.IsSuccess)
        {
            return values.Error!;
        }

        // Keep only real entries: a value equal to the measurement is not an override and must follow the data.
        var kept = values.Value!.Where(v => v.Reported is not null).Select(v => new FigureEntry(v.Key, v.Reported, v.Justification)).ToList();
        foreach (var entry in kept.Where(e => !oldEntries.Contains(e)))
        {
            var value = values.Value!.First(v => v.Key == entry.Key);
            db.AddAuditEvent("report.override", nameof(UnitReport), report.Id.ToString(), report.UnitId,
                JsonSerializer.Serialize(new Dictionary<string, object?> { ["figure"] = entry.Key, ["measured"] = value.Measured, ["reported"] = entry.Reported, ["justification"] = entry.Justification }));
        }

        report.EntriesJson = DirectiveJson.Entries(kept);
        if (body is not null)
        {
            report.Notes = string.IsNullOrWhiteSpace(body.Notes) ? report.Notes : body.Notes.Trim();
        }

        report.Status = draft.Value;
        report.UpdatedAt = loader.Now;
        report.UpdatedBy = db.Access.ActorName;
        return (directive, report, values.Value!.ToList());
    }
}
