using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>Indicator packs: created from a selection, a batch or a search, published to a subtree, read with each unit's deployment status.</summary>
public sealed partial class PackService(VigilDbContext db, TimeProvider clock, IndicatorUpsert upsert, ILogger<PackService> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<List<PackSummaryDto>> ListAsync(CancellationToken ct)
    {
        var packs = await db.IndicatorPacks.AsNoTracking().OrderByDescending(p => p.CreatedAt).Take(500).ToListAsync(ct);
        var ids = packs.ConvertAll(p => p.Id);
        var counts = await db.IndicatorPackMembers.IgnoreQueryFilters().AsNoTracking().Where(m => ids.Contains(m.PackId))
            .GroupBy(m => m.PackId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return packs.ConvertAll(p => IndicatorMapping.ToSummary(p, counts.GetValueOrDefault(p.Id), Manages(p)));
    }

    public async Task<Result<PackSummaryDto>> CreateAsync(PackCreateDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = await IndicatorAccess.UnitAsync(db, request.UnitId, ct);
        if (!owner.IsSuccess)
        {
            return owner.Error!;
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Error.Validation("pack.name_required", "Give the pack a name.", "name");
        }

        var target = await TargetAsync(request.TargetUnitId, ct);
        if (!target.IsSuccess)
        {
            return target.Error!;
        }

        var query = db.Indicators.Where(i => i.UnitId == owner.Value);
        if (request.IndicatorIds is { Count: > 0 } ids)
        {
            query = query.Where(i => ids.Contains(i.Id));
        }
        else if (request.BatchId is { } batchId)
        {
            query = query.Where(i => i.LastBatchId == batchId);
        }
        else if (!string.IsNullOrWhiteSpace(request.SearchFamily) || !string.IsNullOrWhiteSpace(request.SearchSource))
        {
            var family = request.SearchFamily?.Trim();
            var source = request.SearchSource?.Trim();
            query = query.Where(i => (family == null || (i.Family != null && i.Family.Contains(family))) && (source == null || i.Sources.Contains(source)));
        }
        else
        {
            return Error.Validation("pack.selection_required", "Choose the indicators: indicatorIds, batchId, or searchFamily/searchSource.", "indicatorIds");
        }

        var members = await query.Where(i => i.RevokedAt == null).Select(i => i.Id).ToListAsync(ct);
        if (members.Count == 0 || request.IndicatorIds is { Count: > 0 } asked && members.Count != asked.Distinct().Count())
        {
            return Error.Validation("pack.indicators_unknown", "The selection has no indicators of the unit, or names indicators that are not the unit's or are revoked.", "indicatorIds");
        }

        var pack = await NewPackAsync(owner.Value, target.Value!, Key(request.Key, request.Name), request.Name.Trim(), request.Family, request.Attribution, request.DirectiveId, ct);
        db.IndicatorPackMembers.AddRange(members.Select(m => new PackMember { PackId = pack.Id, IndicatorId = m, UnitId = owner.Value }));
        await db.SaveChangesAsync(ct);
        Log.PackCreated(logger, pack.Id, pack.PackKey, pack.Version, members.Count);
        return IndicatorMapping.ToSummary(pack, members.Count, true);
    }

    public async Task<Result<PackSummaryDto>> PublishAsync(Guid packId, CancellationToken ct)
    {
        var pack = await db.IndicatorPacks.FirstOrDefaultAsync(p => p.Id == packId, ct);
        if (pack is null)
        {
            return IndicatorAccess.PackNotFound(packId);
        }

        if (!Manages(pack))
        {
            return Error.Forbidden("pack.forbidden", "Only coordinators of the publishing unit and of the target subtree publish a pack.");
        }

        if (pack.PublishedAt is not null)
        {
            return Error.Conflict("pack.published", "The pack is already published; create a new version to change it.");
        }

        var target = await db.Units.AsNoTracking().FirstAsync(u => u.Id == pack.TargetUnitId, ct);
        pack.TargetPath = target.Path;
        pack.PublishedAt = Now;
        pack.PublishedBy = db.Access.ActorName;
        await db.SaveChangesAsync(ct);
        Log.PackPublished(logger, pack.Id, pack.TargetUnitId);
        var count = await db.IndicatorPackMembers.CountAsync(m => m.PackId == pack.Id, ct);
        return IndicatorMapping.ToSummary(pack, count, true);
    }

    /// <summary>Imports a built-in pack's indicators into the unit (merging, kill switches pinned) and publishes it with its attribution.</summary>
    public async Task<Result<PackSummaryDto>> PublishBuiltInAsync(BuiltInPackDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.PackId, "wannacry", StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("pack.builtin_unknown", $"Unknown built-in pack '{request.PackId}' (known: wannacry).", "packId");
        }

        var owner = await IndicatorAccess.UnitAsync(db, request.UnitId, ct);
        if (!owner.IsSuccess)
        {
            return owner.Error!;
        }

        var target = await TargetAsync(request.TargetUnitId, ct);
        if (!target.IsSuccess)
        {
            return target.Error!;
        }

        var builtIn = Domain.Indicators.Packs.IndicatorPacks.WannaCry;
        var rows = await upsert.UpsertAsync(owner.Value, builtIn.Indicators, null, ct);
        var pack = await NewPackAsync(owner.Value, target.Value!, builtIn.Id, builtIn.Name, builtIn.Family, string.Join('\n', builtIn.Attribution), request.DirectiveId, ct);
        pack.PublishedAt = pack.CreatedAt;
        pack.PublishedBy = db.Access.ActorName;
        db.IndicatorPackMembers.AddRange(rows.Select(r => new PackMember { PackId = pack.Id, IndicatorId = r.Id, UnitId = owner.Value }));
        await db.SaveChangesAsync(ct);
        Log.PackCreated(logger, pack.Id, pack.PackKey, pack.Version, rows.Count);
        Log.PackPublished(logger, pack.Id, pack.TargetUnitId);
        return IndicatorMapping.ToSummary(pack, rows.Count, true);
    }

    private async Task<Result<OrgUnit>> TargetAsync(Guid targetUnitId, CancellationToken ct)
    {
        var target = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == targetUnitId, ct);
        if (target is null)
        {
            return Error.NotFound("unit.not_found", $"Unit {targetUnitId} does not exist or is outside your scope.");
        }

        return IndicatorAccess.Publishes(db, target.Id)
            ? target
            : Error.Forbidden("pack.forbidden", "Only coordinators of the target subtree (and administrators) publish packs to it.");
    }

    private async Task<PublishedPack> NewPackAsync(Guid ownerId, OrgUnit target, string key, string name, string? family, string? attribution, Guid? directiveId, CancellationToken ct)
    {
        var version = await db.IndicatorPacks.Where(p => p.UnitId == ownerId && p.PackKey == key).MaxAsync(p => (int?)p.Version, ct) ?? 0;
        var now = Now;
        var pack = new PublishedPack
        {
            Id = Guid.CreateVersion7(), UnitId = ownerId, TargetUnitId = target.Id, TargetPath = target.Path, PackKey = key, Name = name,
            Family = string.IsNullOrWhiteSpace(family) ? null : family.Trim(), Version = version + 1, Attribution = attribution?.Trim() ?? "",
            DirectiveId = directiveId, CreatedAt = now, CreatedBy = db.Access.ActorName,
        };
        db.IndicatorPacks.Add(pack);
        return pack;
    }

    private bool Manages(PublishedPack pack) => db.Access.Scope.CanWrite(pack.UnitId) && IndicatorAccess.Publishes(db, pack.TargetUnitId);

    private static string Key(string? key, string name)
    {
        var source = string.IsNullOrWhiteSpace(key) ? name : key;
        var chars = source.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "pack" : slug[..Math.Min(slug.Length, 60)];
    }
}
