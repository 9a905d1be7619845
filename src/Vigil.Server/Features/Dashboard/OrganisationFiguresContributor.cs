using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Dashboard;

internal sealed class OrganisationFiguresContributor(VigilDbContext db) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(IReadOnlyCollection<Guid>? unitIds, DateTime nowUtc, CancellationToken ct)
    {
        var units = unitIds?.Count ?? await db.Units.CountAsync(ct);
        var bindings = unitIds is null ? db.UserUnits : db.UserUnits.Where(b => unitIds.Contains(b.UnitId));
        var accounts = await bindings.Select(b => b.UserId).Distinct().CountAsync(ct);
        return [new("units", "Dashboard.Units", units), new("accounts", "Dashboard.Accounts", accounts)];
    }
}
