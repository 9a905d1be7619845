using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Dashboard;

internal sealed class OrganisationFiguresContributor(VigilDbContext db) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(IReadOnlyCollection<Guid> unitIds, DateTime nowUtc, CancellationToken ct)
    {
        var units = unitIds.Count;
        var accounts = await db.UserUnits.Where(b => unitIds.Contains(b.UnitId)).Select(b => b.UserId).Distinct().CountAsync(ct);
        return [new("units", "Dashboard.Units", units), new("accounts", "Dashboard.Accounts", accounts)];
    }
}
