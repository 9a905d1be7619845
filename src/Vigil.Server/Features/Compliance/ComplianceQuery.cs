using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Compliance;
using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Compliance figures for a unit or subtree: per rule counts as of a day, the daily trend, and the computers behind
/// each number. Retired computers are not counted. Scope comes from the storage's query filter alone.
/// </summary>
public sealed partial class ComplianceQuery(VigilDbContext db, ComplianceEvaluator evaluator, TimeProvider clock, IOptions<ComplianceOptions> options)
{
    public const int PageSize = 50;

    public async Task<Result<ComplianceSummaryDto>> SummaryAsync(Guid? unitId, bool subtree, DateOnly? asOf, CancellationToken ct)
    {
        var scope = ComplianceScope.UnitIds(await InventoryUnits.LoadAsync(db, ct), unitId, subtree);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        var ids = scope.Value;
        var today = ComplianceDates.Today(clock);
        var day = asOf ?? today;
        var policy = evaluator.Policy;
        Dictionary<(string Rule, ComplianceStatus Status), int> counts;
        int computers;
        string basis;
        if (day == today)
        {
            (counts, computers) = await CurrentAsync(ids, ct);
            basis = "current";
        }
        else if (day < today)
        {
            (counts, computers) = await HistoryAsync(ids, day, ct);
            basis = "history";
        }
        else
        {
            (counts, computers) = await ProjectionAsync(ids, day, ct);
            basis = "projection";
        }

        var rules = policy.Rules.Select(r => ComplianceMapping.Count(r, Get(r.Id, ComplianceStatus.Pass), Get(r.Id, ComplianceStatus.Fail),
            Get(r.Id, ComplianceStatus.Unknown), Get(r.Id, ComplianceStatus.NotApplicable))).ToList();
        return new ComplianceSummaryDto(unitId, subtree, day, basis, computers, policy.Fingerprint, rules);

        int Get(string rule, ComplianceStatus status) => counts.GetValueOrDefault((rule, status));
    }

    public async Task<Result<ComplianceTrendDto>> TrendAsync(Guid? unitId, bool subtree, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var scope = ComplianceScope.UnitIds(await InventoryUnits.LoadAsync(db, ct), unitId, subtree);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        var last = to ?? ComplianceDates.Today(clock);
        var first = from ?? last.AddDays(-29);
        if (first > last)
        {
            return Error.Validation("compliance.range_invalid", "from must not be after to.", "from");
        }

        if (last.DayNumber - first.DayNumber + 1 > options.Value.MaxTrendDays)
        {
            return Error.Validation("compliance.range_too_long", $"A trend covers at most {options.Value.MaxTrendDays} days.", "from");
        }

        var ids = scope.Value;
        var q = db.ComplianceDailyCounts.AsNoTracking().Where(c => c.Day >= first && c.Day <= last);
        if (ids is not null)
        {
            q = q.Where(c => ids.Contains(c.UnitId));
        }

        var rows = await q.GroupBy(c => new { c.Day, c.RuleId })
            .Select(g => new { g.Key.Day, g.Key.RuleId, Pass = g.Sum(c => c.Pass), Fail = g.Sum(c => c.Fail), Unknown = g.Sum(c => c.Unknown), Na = g.Sum(c => c.NotApplicable) })
            .ToListAsync(ct);
        var order = evaluator.Policy.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var points = rows.OrderBy(r => r.Day).ThenBy(r => order.GetValueOrDefault(r.RuleId, int.MaxValue)).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Select(r => new TrendPointDto(r.Day, r.RuleId, r.Pass, r.Fail, r.Unknown, r.Na)).ToList();
        return new ComplianceTrendDto(unitId, subtree, first, last, points);
    }
}
