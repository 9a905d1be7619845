using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>Compiles a pack, or everything a unit enforces, for a target format (the export page, the API and the feeds).</summary>
public sealed class IndicatorExportService(VigilDbContext db, TimeProvider clock)
{
    /// <summary>The formats that compile to one file: only those can be served at a feed URL or shown for copying.</summary>
    public static IReadOnlyList<(string Name, IndicatorExportFormat Format, string Description)> SingleFileFormats() =>
        [.. IndicatorExportFormats.All.Where(f => IndicatorExportFormats.IsSingleFile(f.Format))];

    public static Result<IndicatorExportFormat> Format(string? name) =>
        IndicatorExportFormats.TryParse(name, out var format)
            ? format
            : Error.Validation("indicator.format_unknown", $"Unknown format '{name}' (known: {string.Join(", ", IndicatorExportFormats.All.Select(f => f.Name))}).", "format");

    /// <summary>The indicators of a pack the caller can read, or of a unit: with the time they last changed.</summary>
    public async Task<Result<(List<Indicator> Indicators, DateTime LastChange, string Name)>> SetAsync(Guid? packId, Guid? unitId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (packId is { } id)
        {
            var pack = await db.IndicatorPacks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (pack is null)
            {
                return IndicatorAccess.PackNotFound(id);
            }

            var rows = await IndicatorSets.OfPackAsync(db, id, now, ct);
            var changed = await db.Indicators.IgnoreQueryFilters().AsNoTracking()
                .Where(i => db.IndicatorPackMembers.IgnoreQueryFilters().Any(m => m.PackId == id && m.IndicatorId == i.Id))
                .MaxAsync(i => (DateTime?)i.UpdatedAt, ct);
            return (rows.ConvertAll(r => r.ToIndicator()), Max(changed, pack.PublishedAt ?? pack.CreatedAt), $"vigil-{pack.PackKey}");
        }

        Guid unit;
        if (unitId is { } given)
        {
            if (!db.Access.Scope.CanRead(given))
            {
                return Error.NotFound("unit.not_found", $"Unit {given} does not exist or is outside your scope.");
            }

            unit = given;
        }
        else
        {
            var bound = await IndicatorAccess.UnitAsync(db, null, ct);
            if (!bound.IsSuccess)
            {
                return bound.Error!;
            }

            unit = bound.Value;
        }

        var set = await IndicatorSets.OfUnitAsync(db, unit, now, ct);
        var ownChange = await db.Indicators.AsNoTracking().Where(i => i.UnitId == unit).MaxAsync(i => (DateTime?)i.UpdatedAt, ct);
        var packChange = await db.IndicatorPacks.AsNoTracking().Where(p => p.PublishedAt != null).MaxAsync(p => p.PublishedAt, ct);
        return (set, Max(ownChange, packChange ?? DateTime.MinValue), "vigil");
    }

    public async Task<Result<(IReadOnlyList<ExportFile> Files, DateTime LastChange)>> ExportAsync(string? formatName, Guid? packId, Guid? unitId, CancellationToken ct)
    {
        var format = Format(formatName);
        if (!format.IsSuccess)
        {
            return format.Error!;
        }

        var set = await SetAsync(packId, unitId, ct);
        if (!set.IsSuccess)
        {
            return set.Error!;
        }

        var (indicators, lastChange, name) = set.Value;
        // The set was filtered by the real time above; the files are stamped with the time it last changed, so the same
        // set always gives the same bytes and a feed's ETag holds until something changes.
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(lastChange, DateTimeKind.Utc));
        var files = IndicatorExport.Export(format.Value, indicators, new IndicatorExportOptions { Now = stamp, Name = name });
        return (files, lastChange);
    }

    private static DateTime Max(DateTime? a, DateTime b) => a is { } x && x > b ? x : b;
}
