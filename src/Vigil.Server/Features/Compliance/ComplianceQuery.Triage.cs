using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.Compliance;

public sealed partial class ComplianceQuery
{
    public const string TriageCheck = "upgrade-triage";

    /// <summary>The first enabled rule of a check ("fresh-data", "upgrade-triage"), or null when the policy has none.</summary>
    public string? RuleOfCheck(string check) => evaluator.Policy.Rules.FirstOrDefault(r => r.Check == check)?.Id;

    /// <summary>
    /// The triage's current verdicts counted by the work asked for, the target reached and the parts to add (see
    /// <see cref="TriageBreakdownDto"/>); the same filters as the results list give the computers behind each count.
    /// </summary>
    public async Task<Result<TriageBreakdownDto>> TriageAsync(Guid? unitId, bool subtree, CancellationToken ct)
    {
        var units = await InventoryUnits.LoadAsync(db, ct);
        var rule = RuleOfCheck(TriageCheck);
        var all = FilterResults(units, new ComplianceResultFilter { UnitId = unitId, IncludeSubtree = subtree, RuleId = rule ?? "" });
        if (!all.IsSuccess)
        {
            return all.Error!;
        }

        if (rule is null)
        {
            return new TriageBreakdownDto(unitId, subtree, null, 0, 0, 0, [], 0, 0, 0);
        }

        var byStatus = await all.Value!.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var failing = all.Value!.Where(r => r.Status == ComplianceStatus.Fail);
        var counts = new List<TriageCountDto>();
        foreach (var target in Targets)
        {
            var fact = TargetFact(target);
            var rows = await failing.Where(r => r.EvidenceJson.Contains(fact)).GroupBy(r => r.Remediation)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            counts.AddRange(rows.Select(r => new TriageCountDto(r.Key.ToString(), target, r.Count)));
        }

        var upgrades = failing.Where(r => r.Remediation == RemediationKind.UpgradePartsThenReinstall);
        var ramOnly = await upgrades.CountAsync(r => r.EvidenceJson.Contains(AddRamFact) && !r.EvidenceJson.Contains(AddSsdFact), ct);
        var ssdOnly = await upgrades.CountAsync(r => r.EvidenceJson.Contains(AddSsdFact) && !r.EvidenceJson.Contains(AddRamFact), ct);
        var both = await upgrades.CountAsync(r => r.EvidenceJson.Contains(AddRamFact) && r.EvidenceJson.Contains(AddSsdFact), ct);
        return new TriageBreakdownDto(unitId, subtree, rule, byStatus.GetValueOrDefault(ComplianceStatus.Fail), byStatus.GetValueOrDefault(ComplianceStatus.Unknown),
            byStatus.GetValueOrDefault(ComplianceStatus.NotApplicable),
            [.. counts.OrderBy(c => c.Remediation, StringComparer.Ordinal).ThenBy(c => Targets.ToList().IndexOf(c.Target))], ramOnly, ssdOnly, both);
    }
}
