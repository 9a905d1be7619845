using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Dashboard;

/// <summary>Collects every contributor's figures for one unit, one subtree, or everything the caller sees.</summary>
public sealed class DashboardService(VigilDbContext db, IEnumerable<IDashboardContributor> contributors, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<Result<DashboardDto>> GetAsync(Guid? unitId, bool subtree, CancellationToken ct)
    {
        List<Guid>? unitIds = null;
        if (unitId is { } id)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null)
            {
                return Error.NotFound("unit.not_found", $"Unit {id} does not exist or is outside your scope.");
            }

            unitIds = subtree
                ? await db.Units.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToListAsync(ct)
                : [unit.Id];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var figures = new List<DashboardFigureDto>();
        foreach (var contributor in contributors)
        {
            foreach (var f in await contributor.GetFiguresAsync(unitIds, now, ct))
            {
                figures.Add(new DashboardFigureDto(f.Key, text[f.LabelKey], f.Value, f.Severity));
            }
        }

        return new DashboardDto(unitId, unitId is null || subtree, now, figures);
    }
}
