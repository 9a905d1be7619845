using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Indicators.Warnings;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>
/// Merges curated indicators (a built-in pack) into a unit's rows without overrides: new values are added, existing
/// ones merged, every row's warnings re-checked against the overrides it already has. The caller saves.
/// </summary>
public sealed class IndicatorUpsert(VigilDbContext db, TimeProvider clock, IOptions<IndicatorOptions> options)
{
    public async Task<List<StoredIndicator>> UpsertAsync(Guid unitId, IReadOnlyList<Indicator> indicators, Guid? batchId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var now = clock.GetUtcNow().UtcDateTime;
        var warningOptions = options.Value.WarningList();
        var values = indicators.Select(i => i.Value.Value).Distinct(StringComparer.Ordinal).ToArray();
        var existing = new Dictionary<(IndicatorType, string), StoredIndicator>();
        foreach (var chunk in values.Chunk(500))
        {
            foreach (var row in await db.Indicators.Where(i => i.UnitId == unitId && chunk.Contains(i.Value)).ToListAsync(ct))
            {
                existing[(row.Type, row.Value)] = row;
            }
        }

        var ids = existing.Values.Select(r => r.Id).ToArray();
        var overridden = (await db.IndicatorOverrides.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).Select(o => new { o.IndicatorId, o.Codes }).ToListAsync(ct))
            .GroupBy(o => o.IndicatorId).ToDictionary(g => g.Key, g => g.SelectMany(o => StoredIndicator.Split(o.Codes)).ToHashSet(StringComparer.Ordinal));
        var result = new List<StoredIndicator>(indicators.Count);
        foreach (var indicator in IndicatorMerge.MergeAll(indicators))
        {
            existing.TryGetValue((indicator.Type, indicator.Value.Value), out var row);
            var combined = row is null ? indicator : IndicatorMerge.Merge(row.ToIndicator(), indicator);
            var warnings = WarningList.Check(combined.Value, warningOptions);
            if (row is null)
            {
                row = new StoredIndicator { Id = Guid.CreateVersion7(), UnitId = unitId, CreatedAt = now, CreatedBy = db.Access.ActorName };
                db.Indicators.Add(row);
            }

            row.Apply(IndicatorSafety.Pinned(combined, warnings));
            IndicatorSafety.Apply(row, warnings, overridden.GetValueOrDefault(row.Id) ?? []);
            row.LastBatchId = batchId ?? row.LastBatchId;
            row.UpdatedAt = now;
            result.Add(row);
        }

        return result;
    }
}
