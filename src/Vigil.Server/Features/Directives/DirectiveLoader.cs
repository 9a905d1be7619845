using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Directives;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>Loads a directive the caller can see with its target, and measures reports of it.</summary>
public sealed class DirectiveLoader(VigilDbContext db, FigureMeasurer measurer, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result<(Directive Directive, OrgUnit Target)>> LoadAsync(Guid directiveId, CancellationToken ct)
    {
        var directive = await db.Directives.AsNoTracking().FirstOrDefaultAsync(d => d.Id == directiveId, ct);
        if (directive is null)
        {
            return DirectiveAccess.DirectiveNotFound(directiveId);
        }

        // The target may lie above a unit officer's scope; the directive being visible is what lets them know it.
        var target = await db.Units.IgnoreQueryFilters().AsNoTracking().FirstAsync(u => u.Id == directive.UnitId, ct);
        return (directive, target);
    }

    /// <summary>Live figures for the given report units (each report's own unit, or its subtree).</summary>
    public async Task<FigureMeasurement> MeasureAsync(Directive directive, OrgUnit target, IReadOnlyCollection<Guid> reportUnits, CancellationToken ct)
    {
        // Which report counts which unit depends on every report of the directive, including ones the caller cannot see.
        var structure = await db.UnitReports.IgnoreQueryFilters().AsNoTracking().Where(r => r.DirectiveId == directive.Id)
            .Select(r => new UnitReport { Id = r.Id, UnitId = r.UnitId, CoversSubtree = r.CoversSubtree, DirectiveId = r.DirectiveId })
            .ToListAsync(ct);
        return await measurer.MeasureAsync(directive, target, structure, reportUnits, Now, ct);
    }

    /// <summary>Measured values merged with the unit's entries, without the override checks (for display).</summary>
    public static List<FigureValue> Merge(IReadOnlyList<FigureDefinition> figures, IReadOnlyDictionary<string, long> measured, IReadOnlyList<FigureEntry> entries) =>
        [.. figures.Select(f =>
        {
            var entry = entries.FirstOrDefault(e => e.Key == f.Key);
            long? m = f.IsManual ? null : measured.GetValueOrDefault(f.Key);
            return entry?.Reported is { } r && (r != m || f.IsManual)
                ? new FigureValue(f.Key, m, r, entry.Justification)
                : new FigureValue(f.Key, m, null, null);
        })];
}
