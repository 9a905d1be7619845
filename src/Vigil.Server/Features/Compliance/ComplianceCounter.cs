using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Writes today's counts per unit and rule from the current verdicts of computers in service. Each pass rewrites the
/// day, so the last pass of a day leaves that day's final figures; earlier days are never touched again.
/// </summary>
internal static class ComplianceCounter
{
    public static async Task<int> RecountAsync(VigilDbContext db, ActivePolicy policy, DateOnly day, DateTime now, CancellationToken ct)
    {
        var rules = policy.Rules.Select(r => r.Id).ToList();
        var groups = await db.ComplianceResults.AsNoTracking()
            .Where(r => rules.Contains(r.RuleId) && db.Computers.Any(c => c.Id == r.ComputerId && c.RetiredAt == null))
            .GroupBy(r => new { r.UnitId, r.RuleId, r.Status })
            .Select(g => new { g.Key.UnitId, g.Key.RuleId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);

        var rows = groups.GroupBy(g => (g.UnitId, g.RuleId)).Select(g => new ComplianceDailyCount
        {
            UnitId = g.Key.UnitId,
            RuleId = g.Key.RuleId,
            Day = day,
            Pass = g.Where(x => x.Status == ComplianceStatus.Pass).Sum(x => x.Count),
            Fail = g.Where(x => x.Status == ComplianceStatus.Fail).Sum(x => x.Count),
            Unknown = g.Where(x => x.Status == ComplianceStatus.Unknown).Sum(x => x.Count),
            NotApplicable = g.Where(x => x.Status == ComplianceStatus.NotApplicable).Sum(x => x.Count),
            CountedAt = now,
        }).ToList();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ComplianceDailyCounts.Where(c => c.Day == day).ExecuteDeleteAsync(ct);
        db.ComplianceDailyCounts.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Count;
    }
}
