using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Compliance;

namespace Vigil.Server.Features.Compliance;

public sealed partial class ComplianceQuery
{
    private async Task<(Dictionary<(string, ComplianceStatus), int> Counts, int Computers)> CurrentAsync(List<Guid>? ids, CancellationToken ct)
    {
        var results = db.ComplianceResults.AsNoTracking().Where(r => db.Computers.Any(c => c.Id == r.ComputerId && c.RetiredAt == null));
        var computers = db.Computers.AsNoTracking().Where(c => c.RetiredAt == null);
        if (ids is not null)
        {
            results = results.Where(r => ids.Contains(r.UnitId));
            computers = computers.Where(c => ids.Contains(c.UnitId));
        }

        var rows = await results.GroupBy(r => new { r.RuleId, r.Status }).Select(g => new { g.Key.RuleId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return (rows.ToDictionary(r => (r.RuleId, r.Status), r => r.Count), await computers.CountAsync(ct));
    }

    private async Task<(Dictionary<(string, ComplianceStatus), int> Counts, int Computers)> HistoryAsync(List<Guid>? ids, DateOnly day, CancellationToken ct)
    {
        var q = db.ComplianceDailyCounts.AsNoTracking().Where(c => c.Day == day);
        if (ids is not null)
        {
            q = q.Where(c => ids.Contains(c.UnitId));
        }

        var rows = await q.GroupBy(c => c.RuleId)
            .Select(g => new { RuleId = g.Key, Pass = g.Sum(c => c.Pass), Fail = g.Sum(c => c.Fail), Unknown = g.Sum(c => c.Unknown), Na = g.Sum(c => c.NotApplicable) })
            .ToListAsync(ct);
        var counts = new Dictionary<(string, ComplianceStatus), int>();
        foreach (var r in rows)
        {
            counts[(r.RuleId, ComplianceStatus.Pass)] = r.Pass;
            counts[(r.RuleId, ComplianceStatus.Fail)] = r.Fail;
            counts[(r.RuleId, ComplianceStatus.Unknown)] = r.Unknown;
            counts[(r.RuleId, ComplianceStatus.NotApplicable)] = r.Na;
        }

        // Every computer has one verdict per rule, so any rule's total is the number of computers counted that day.
        return (counts, rows.Count == 0 ? 0 : rows.Max(r => r.Pass + r.Fail + r.Unknown + r.Na));
    }

    /// <summary>A later day: judges every computer in service on its current facts, a batch at a time, storing nothing.</summary>
    private async Task<(Dictionary<(string, ComplianceStatus), int> Counts, int Computers)> ProjectionAsync(List<Guid>? ids, DateOnly day, CancellationToken ct)
    {
        var q = db.Computers.AsNoTracking().Where(c => c.RetiredAt == null);
        if (ids is not null)
        {
            q = q.Where(c => ids.Contains(c.UnitId));
        }

        var counts = new Dictionary<(string, ComplianceStatus), int>();
        var computers = 0;
        var batch = options.Value.BatchSize;
        for (var skip = 0; ; skip += batch)
        {
            var page = await q.OrderBy(c => c.Id).Skip(skip).Take(batch).ToListAsync(ct);
            foreach (var computer in page)
            {
                foreach (var verdict in evaluator.Judge(computer, day))
                {
                    counts[(verdict.RuleId, verdict.Status)] = counts.GetValueOrDefault((verdict.RuleId, verdict.Status)) + 1;
                }
            }

            computers += page.Count;
            if (page.Count < batch)
            {
                return (counts, computers);
            }
        }
    }
}
