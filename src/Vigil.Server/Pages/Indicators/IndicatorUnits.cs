using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Pages.Indicators;

/// <summary>The units a person may choose on the indicator pages: those of their scope, as a tree.</summary>
internal static class IndicatorUnits
{
    public static Task<List<OrgUnit>> ReadableAsync(VigilDbContext db, CancellationToken ct) =>
        db.Units.AsNoTracking().OrderBy(u => u.Path).Take(2000).ToListAsync(ct);

    public static string Indent(OrgUnit unit, IReadOnlyList<OrgUnit> all) =>
        string.Concat(Enumerable.Repeat("— ", unit.Depth - (all.Count == 0 ? 0 : all.Min(u => u.Depth)))) + unit.Name;
}
