using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Compliance;
using Vigil.Domain.Directives;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// Measures a directive's figures from live data (inventory, compliance verdicts, verified remediation, network
/// devices and firmware updates) for the units whose reports are asked for.
/// </summary>
/// <remarks>
/// A report's figures are counts over its unit's whole subtree, and its author (a unit officer bound to a commune)
/// may not read the schools below it. The counts are therefore taken past the scope filter, restricted explicitly to
/// the report's units; callers reach this class only after the scope filter let them load the report or directive.
/// Drill-down lists are read through the normal filters (<see cref="DirectiveDrillDown"/>).
/// </remarks>
public sealed class FigureMeasurer(VigilDbContext db)
{
    private static readonly string[] s_osRules = ["supported-os", "upgrade-triage"];

    public async Task<FigureMeasurement> MeasureAsync(
        Directive directive, OrgUnit target, IReadOnlyList<UnitReport> allReports, IReadOnlyCollection<Guid> forReportUnits, DateTime nowUtc, CancellationToken ct)
    {
        var figures = DirectiveJson.Figures(directive.FiguresJson);
        var subtree = await db.Units.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Path.StartsWith(target.Path)).ToListAsync(ct);
        var owners = ReportUnits.Owners(target.Id, subtree, allReports)
            .Where(o => forReportUnits.Contains(o.Value)).ToDictionary(o => o.Key, o => o.Value);
        var unitIds = owners.Keys.ToArray();
        var measurement = new FigureMeasurement();
        var from = DirectiveDeadline.StartOfDayUtc(directive.PeriodStart, directive.TimeZone);
        foreach (var figure in figures.Where(f => !f.IsManual))
        {
            foreach (var (unitId, itemId) in await ItemsAsync(directive.Id, figure, unitIds, from, nowUtc, ct))
            {
                if (owners.TryGetValue(unitId, out var owner))
                {
                    measurement.Add(owner, figure.Key, itemId);
                }
            }
        }

        return measurement;
    }

    private async Task<List<(Guid UnitId, Guid ItemId)>> ItemsAsync(Guid directiveId, FigureDefinition figure, Guid[] unitIds, DateTime from, DateTime to, CancellationToken ct)
    {
        switch (figure.Kind)
        {
            case FigureKind.ComputersOnOs:
                var releases = figure.OsReleases.ToArray();
                var onOs = await Computers(unitIds, figure.IncludePersonal)
                    .Where(c => c.RetiredAt == null && c.OsRelease != null && releases.Contains(c.OsRelease))
                    .Select(c => new { c.UnitId, c.Id }).ToListAsync(ct);
                var items = onOs.ConvertAll(c => (c.UnitId, c.Id));
                if (figure.IncludeFixedInPeriod)
                {
                    // "Found" rather than "still left": a computer upgraded or replaced during the period was on the old OS.
                    items.AddRange(await RemediatedAsync(unitIds, s_osRules, from, to, ct));
                    items.AddRange(await ReplacedAsync(unitIds, s_osRules, from, to, ct));
                }

                return items;
            case FigureKind.ComputersFailingRule or FigureKind.ComputersPassingRule:
                var rule = figure.RuleIds[0];
                var status = figure.Kind == FigureKind.ComputersFailingRule ? ComplianceStatus.Fail : ComplianceStatus.Pass;
                var verdicts = await db.ComplianceResults.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => unitIds.Contains(r.UnitId) && r.RuleId == rule && r.Status == status)
                    .Join(Computers(unitIds, figure.IncludePersonal).Where(c => c.RetiredAt == null), r => r.ComputerId, c => c.Id, (r, c) => new { c.UnitId, c.Id })
                    .ToListAsync(ct);
                return verdicts.ConvertAll(v => (v.UnitId, v.Id));
            case FigureKind.ComputersRemediatedVerified:
                return await RemediatedAsync(unitIds, figure.RuleIds, from, to, ct);
            case FigureKind.ComputersReplaced:
                return await ReplacedAsync(unitIds, figure.RuleIds, from, to, ct);
            case FigureKind.NetworkDevices:
                var devices = await db.NetworkDevices.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => unitIds.Contains(d.UnitId)).Select(d => new { d.UnitId, d.Id, d.Vendor }).ToListAsync(ct);
                return [.. devices.Where(d => VendorMatches(figure.Vendor, d.Vendor)).Select(d => (d.UnitId, d.Id))];
            case FigureKind.DevicesFirmwareUpdated:
                var updated = await db.FirmwareUpdateEvents.IgnoreQueryFilters().AsNoTracking()
                    .Where(e => unitIds.Contains(e.UnitId) && e.ObservedAt >= from && e.ObservedAt <= to)
                    .Join(db.NetworkDevices.IgnoreQueryFilters(), e => e.DeviceId, d => d.Id, (e, d) => new { d.UnitId, d.Id, d.Vendor })
                    .ToListAsync(ct);
                return [.. updated.Where(d => VendorMatches(figure.Vendor, d.Vendor)).Select(d => (d.UnitId, d.Id))];
            case FigureKind.UnitsDeployedPack:
                // The item is the unit itself: 1 per unit that confirmed a deployment of a pack published for the directive.
                var deployed = await db.IndicatorPackDeployments.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => unitIds.Contains(d.UnitId) && d.DeployedAt >= from && d.DeployedAt <= to
                                && db.IndicatorPacks.IgnoreQueryFilters().Any(p => p.Id == d.PackId && p.DirectiveId == directiveId))
                    .Select(d => d.UnitId).Distinct().ToListAsync(ct);
                return deployed.ConvertAll(u => (u, u));
            case FigureKind.BulletinAffected:
                // Affected and probable count (probable means an assumption, such as SMBv1 on by default, the unit
                // should clear by reporting the fact); fixed findings and closed ones do not.
                var bulletinCves = db.BulletinRows.Where(r => db.Bulletins.Any(b => b.Id == r.BulletinId && b.DocumentNumber == figure.Bulletin)).Select(r => r.CveId);
                var affected = await db.VulnerabilityFindings.IgnoreQueryFilters().AsNoTracking()
                    .Where(f => unitIds.Contains(f.UnitId) && f.ResolvedAt == null && f.Status != "Fixed" && bulletinCves.Contains(f.CveId))
                    .Select(f => new { f.UnitId, f.AssetId }).Distinct().ToListAsync(ct);
                return affected.ConvertAll(f => (f.UnitId, f.AssetId));
            default:
                return [];
        }
    }

    private IQueryable<Domain.Assets.Computer> Computers(Guid[] unitIds, bool includePersonal) =>
        db.Computers.IgnoreQueryFilters().AsNoTracking().Where(c => unitIds.Contains(c.UnitId) && (includePersonal || !c.IsPersonal));

    /// <summary>
    /// Verified remediation other than replacement, closed during the period, for the given rules (all when none). The
    /// figures count computers, so items on network devices are left out.
    /// </summary>
    private async Task<List<(Guid, Guid)>> RemediatedAsync(Guid[] unitIds, IReadOnlyList<string> rules, DateTime from, DateTime to, CancellationToken ct)
    {
        var ruleIds = rules.ToArray();
        var all = ruleIds.Length == 0;
        var rows = await db.RemediationItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => unitIds.Contains(i.UnitId) && i.ComputerId != null && i.Status == RemediationStatus.Verified && i.Kind != RemediationKind.Replace
                        && i.ClosedAt >= from && i.ClosedAt <= to && (all || (i.RuleId != null && ruleIds.Contains(i.RuleId))))
            .Select(i => new { i.UnitId, i.ComputerId }).ToListAsync(ct);
        return rows.ConvertAll(r => (r.UnitId, r.ComputerId!.Value));
    }

    /// <summary>Computers retired with a named replacement during the period, and verified replacement items.</summary>
    private async Task<List<(Guid, Guid)>> ReplacedAsync(Guid[] unitIds, IReadOnlyList<string> rules, DateTime from, DateTime to, CancellationToken ct)
    {
        var ruleIds = rules.ToArray();
        var all = ruleIds.Length == 0;
        var retired = await db.Computers.IgnoreQueryFilters().AsNoTracking()
            .Where(c => unitIds.Contains(c.UnitId) && c.ReplacedBy != null && c.RetiredAt >= from && c.RetiredAt <= to)
            .Select(c => new { c.UnitId, c.Id }).ToListAsync(ct);
        var items = await db.RemediationItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => unitIds.Contains(i.UnitId) && i.ComputerId != null && i.Status == RemediationStatus.Verified && i.Kind == RemediationKind.Replace
                        && i.ClosedAt >= from && i.ClosedAt <= to && (all || (i.RuleId != null && ruleIds.Contains(i.RuleId))))
            .Select(i => new { i.UnitId, i.ComputerId }).ToListAsync(ct);
        return [.. retired.Select(c => (c.UnitId, c.Id)), .. items.Select(i => (i.UnitId, i.ComputerId!.Value))];
    }

    private static bool VendorMatches(string? wanted, string vendor) =>
        wanted is null || vendor.Contains(wanted, StringComparison.OrdinalIgnoreCase);
}
