using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Stored;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>
/// The rows that may leave Vigil for enforcement points: not revoked, not expired, and either alert-only (IDS formats
/// alert on them; block lists leave them out) or free of open warnings. Flagged values without an override never leave.
/// </summary>
internal static class IndicatorSets
{
    public static IQueryable<StoredIndicator> Exportable(IQueryable<StoredIndicator> rows, DateTime nowUtc) =>
        rows.Where(i => i.RevokedAt == null && (i.Expiry == null || i.Expiry > nowUtc) && (i.Action == IndicatorAction.AlertOnly || (!i.Flagged && !i.KillSwitch)));

    /// <summary>
    /// A pack's exportable members. Called only after the pack itself was loaded through the scope filter: members
    /// belong to the publishing unit, which readers in the target subtree cannot read directly.
    /// </summary>
    public static Task<List<StoredIndicator>> OfPackAsync(VigilDbContext db, Guid packId, DateTime nowUtc, CancellationToken ct) =>
        Exportable(db.Indicators.IgnoreQueryFilters().AsNoTracking()
            .Where(i => db.IndicatorPackMembers.IgnoreQueryFilters().Any(m => m.PackId == packId && m.IndicatorId == i.Id)), nowUtc).ToListAsync(ct);

    /// <summary>
    /// Everything a unit enforces: its own exportable indicators and those of every published pack it can read (the
    /// caller's scope must be the unit's). One record per value: the same value in several places is merged.
    /// </summary>
    public static async Task<List<Indicator>> OfUnitAsync(VigilDbContext db, Guid unitId, DateTime nowUtc, CancellationToken ct)
    {
        var own = await Exportable(db.Indicators.AsNoTracking().Where(i => i.UnitId == unitId), nowUtc).ToListAsync(ct);
        var packIds = await db.IndicatorPacks.AsNoTracking().Where(p => p.PublishedAt != null).Select(p => p.Id).ToListAsync(ct);
        var fromPacks = new List<StoredIndicator>();
        foreach (var packId in packIds)
        {
            fromPacks.AddRange(await OfPackAsync(db, packId, nowUtc, ct));
        }

        return [.. IndicatorMerge.MergeAll(own.Concat(fromPacks).Select(r => r.ToIndicator()))];
    }
}
