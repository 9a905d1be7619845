using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// The coordinator's views of a directive: the status board with the countdown, the aggregated report over the subtree
/// (submitted figures per unit, totals, discrepancy flags against live measurements) and the drill-down of a figure.
/// </summary>
public sealed class DirectiveBoardService(VigilDbContext db, DirectiveLoader loader)
{
    public async Task<Result<DirectiveBoardDto>> BoardAsync(Guid directiveId, CancellationToken ct)
    {
        var loaded = await LoadOverseenAsync(directiveId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var directive = loaded.Value.Directive;
        var now = loader.Now;
        var rows = (await ReportRowsAsync(directive.Id, ct)).ConvertAll(r =>
        {
            var status = ReportWorkflow.OnBoard(r.Report.Status, directive.DeadlineUtc, now);
            var late = r.Report.SubmittedAt is { } at && at >= directive.DeadlineUtc;
            return new BoardRowDto(r.Unit.Id, r.Unit.Code, r.Unit.Name, status.ToString(), r.Report.Version, r.Report.SubmittedAt, r.Report.SubmittedBy, late);
        });
        var counts = Enum.GetNames<BoardStatus>().ToDictionary(n => n, n => rows.Count(r => r.Status == n));
        return new DirectiveBoardDto(directive.Id, directive.DeadlineUtc, (long)Math.Floor((directive.DeadlineUtc - now).TotalSeconds), counts, rows);
    }

    /// <summary>The roll-up: for the XLSX export and the official document, see <see cref="AggregatedReport"/>.</summary>
    public async Task<Result<AggregatedReport>> AggregateAsync(Guid directiveId, CancellationToken ct)
    {
        var loaded = await LoadOverseenAsync(directiveId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (directive, target) = loaded.Value;
        var figures = DirectiveJson.Figures(directive.FiguresJson);
        var keys = figures.Select(f => f.Key).ToList();
        var reports = await ReportRowsAsync(directive.Id, ct);
        var measurement = await loader.MeasureAsync(directive, target, [.. reports.Select(r => r.Report.UnitId)], ct);
        var versions = await LatestVersionsAsync(reports.Select(r => r.Report), ct);
        var now = loader.Now;
        var rows = new List<AggregatedUnitRow>();
        foreach (var (report, unit) in reports)
        {
            var counts = measurement.Counts(report.UnitId, keys);
            var measured = figures.Select(f => f.IsManual ? (long?)null : counts[f.Key]).ToList();
            var submitted = report.Status == ReportStatus.Submitted && versions.TryGetValue(report.Id, out var version)
                ? DirectiveJson.Values(version.SnapshotJson) : null;
            var values = figures.Select(f => submitted?.FirstOrDefault(v => v.Key == f.Key)?.Value).ToList();
            var discrepant = figures.Select((f, i) => submitted is not null && !f.IsManual && values[i] != measured[i]).ToList();
            var why = figures.Select(f => submitted?.FirstOrDefault(v => v.Key == f.Key)?.Justification).ToList();
            rows.Add(new AggregatedUnitRow(unit.Id, unit.Code, unit.Name, report.CoversSubtree, ReportWorkflow.OnBoard(report.Status, directive.DeadlineUtc, now),
                report.Version, report.SubmittedAt, report.SubmittedBy, values, measured, discrepant, why, submitted is null ? null : report.Notes));
        }

        var totals = keys.Select((_, i) => rows.Sum(r => r.Values[i] ?? 0)).ToList();
        var measuredTotals = keys.Select((_, i) => rows.Sum(r => r.Measured[i] ?? 0)).ToList();
        return new AggregatedReport(DirectiveMapping.Header(directive, target.Name), figures, rows, totals, measuredTotals,
            rows.Count(r => r.Status == BoardStatus.Submitted), rows.Count(r => r.Status == BoardStatus.Late), now);
    }

    /// <summary>A figure per unit; with <paramref name="unitId"/>, the computers or devices behind that unit's count.</summary>
    public async Task<Result<FigureDrillDownDto>> DrillDownAsync(Guid directiveId, string key, Guid? unitId, CancellationToken ct)
    {
        var aggregated = await AggregateAsync(directiveId, ct);
        if (!aggregated.IsSuccess)
        {
            return aggregated.Error!;
        }

        var report = aggregated.Value!;
        var index = report.Figures.ToList().FindIndex(f => f.Key == key);
        if (index < 0)
        {
            return Error.NotFound("directive.figure_not_found", $"The directive has no figure '{key}'.");
        }

        var figure = report.Figures[index];
        var units = report.Rows.Select(r => new FigureUnitRowDto(r.UnitId, r.UnitCode, r.UnitName, r.Values[index], r.Measured[index] ?? 0, r.Discrepant[index])).ToList();
        if (unitId is null)
        {
            return new FigureDrillDownDto(key, figure.TitleVi, figure.TitleEn, units, null, []);
        }

        if (!report.Rows.Any(r => r.UnitId == unitId))
        {
            return DirectiveAccess.ReportNotFound(directiveId, unitId.Value);
        }

        var (directive, target) = (await loader.LoadAsync(directiveId, ct)).Value;
        var measurement = await loader.MeasureAsync(directive, target, [unitId.Value], ct);
        var ids = measurement.Items(unitId.Value, key).ToArray();
        var items = await DirectiveDrillDown.ItemsAsync(db, figure, ids, ct);
        return new FigureDrillDownDto(key, figure.TitleVi, figure.TitleEn, units, unitId, items);
    }

    /// <summary>For each measured figure, the computers or devices behind it with the report unit they count in (detail sheets).</summary>
    public async Task<Result<List<(FigureDefinition Figure, List<(string UnitCode, string UnitName, FigureItemDto Item)> Items)>>> DetailsAsync(Guid directiveId, CancellationToken ct)
    {
        var loaded = await LoadOverseenAsync(directiveId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (directive, target) = loaded.Value;
        var reports = await ReportRowsAsync(directive.Id, ct);
        var measurement = await loader.MeasureAsync(directive, target, [.. reports.Select(r => r.Report.UnitId)], ct);
        var result = new List<(FigureDefinition, List<(string, string, FigureItemDto)>)>();
        foreach (var figure in DirectiveJson.Figures(directive.FiguresJson).Where(f => !f.IsManual))
        {
            var rows = new List<(string, string, FigureItemDto)>();
            foreach (var (report, unit) in reports)
            {
                var items = await DirectiveDrillDown.ItemsAsync(db, figure, [.. measurement.Items(report.UnitId, figure.Key)], ct);
                rows.AddRange(items.Select(i => (unit.Code, unit.Name, i)));
            }

            result.Add((figure, rows));
        }

        return result;
    }

    private async Task<Result<(Directive Directive, Domain.Organisation.OrgUnit Target)>> LoadOverseenAsync(Guid directiveId, CancellationToken ct)
    {
        var loaded = await loader.LoadAsync(directiveId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        return DirectiveAccess.Oversees(db, loaded.Value.Directive.UnitId)
            ? loaded.Value
            : Error.Forbidden("directive.board_forbidden", "The board and the aggregated report are for the directive's coordinators and viewers; open your unit's report instead.");
    }

    private async Task<List<(UnitReport Report, Domain.Organisation.OrgUnit Unit)>> ReportRowsAsync(Guid directiveId, CancellationToken ct)
    {
        var reports = await db.UnitReports.AsNoTracking().Where(r => r.DirectiveId == directiveId).ToListAsync(ct);
        var unitIds = reports.Select(r => r.UnitId).ToArray();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        // The target's own report first, then the addressed units by code.
        return [.. reports.Where(r => units.ContainsKey(r.UnitId)).Select(r => (r, units[r.UnitId]))
            .OrderBy(x => x.r.CoversSubtree).ThenBy(x => x.Item2.Code, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<Guid, ReportVersion>> LatestVersionsAsync(IEnumerable<UnitReport> reports, CancellationToken ct)
    {
        var wanted = reports.Where(r => r.Version > 0).ToDictionary(r => r.Id, r => r.Version);
        var ids = wanted.Keys.ToArray();
        var versions = await db.ReportVersions.AsNoTracking().Where(v => ids.Contains(v.ReportId)).ToListAsync(ct);
        return versions.Where(v => wanted[v.ReportId] == v.Version).ToDictionary(v => v.ReportId);
    }
}
