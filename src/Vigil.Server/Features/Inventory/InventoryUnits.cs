using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>The caller's visible units, read once per request to name units and expand subtrees.</summary>
internal static class InventoryUnits
{
    public sealed record Info(Guid Id, string Code, string Name, string TimeZone, string Path);

    public static async Task<Dictionary<Guid, Info>> LoadAsync(VigilDbContext db, CancellationToken ct) =>
        await db.Units.AsNoTracking()
            .Select(u => new Info(u.Id, u.Code, u.Name, u.TimeZone, u.Path))
            .ToDictionaryAsync(u => u.Id, ct);

    public static Info Unknown(Guid id) => new(id, "?", "?", UnitTree.DefaultTimeZone, "");

    /// <summary>Today's date in the province's zone: support ends on a calendar day there.</summary>
    public static DateOnly Today(DateTime utcNow)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(UnitTree.DefaultTimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone));
    }
}
