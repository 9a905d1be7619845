using Vigil.Domain.Directives;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// Which units get a report, and which report each unit's rows count towards. The target's direct children each report
/// for their whole subtree (a province coordinator asks communes and departments, who answer for everything below
/// them); the target reports only for rows it holds itself. So every row of the subtree counts in exactly one report and
/// the reports add up to the subtree. A leaf target gets one report, its own.
/// </summary>
internal static class ReportUnits
{
    public static List<(Guid UnitId, bool CoversSubtree)> For(OrgUnit target, IEnumerable<OrgUnit> subtree)
    {
        var result = new List<(Guid, bool)> { (target.Id, false) };
        result.AddRange(subtree.Where(u => u.ParentId == target.Id).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => (u.Id, true)));
        return result;
    }

    /// <summary>For every unit of the subtree, the unit whose report counts its rows.</summary>
    public static Dictionary<Guid, Guid> Owners(Guid targetId, IReadOnlyCollection<OrgUnit> subtree, IEnumerable<UnitReport> reports)
    {
        var parents = subtree.ToDictionary(u => u.Id, u => u.ParentId);
        var reporting = reports.ToDictionary(r => r.UnitId, r => r.CoversSubtree);
        var owners = new Dictionary<Guid, Guid>();
        foreach (var unit in subtree)
        {
            // Walk up to the first unit that reports for its subtree; rows of the target itself go to the target's report.
            var current = unit.Id;
            while (true)
            {
                if (current == targetId)
                {
                    if (reporting.ContainsKey(targetId))
                    {
                        owners[unit.Id] = targetId;
                    }

                    break;
                }

                if (reporting.TryGetValue(current, out var covers) && (covers || current == unit.Id))
                {
                    owners[unit.Id] = current;
                    break;
                }

                if (!parents.TryGetValue(current, out var parent) || parent is null)
                {
                    break;
                }

                current = parent.Value;
            }
        }

        return owners;
    }
}
