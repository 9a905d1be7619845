using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators.Stored;

namespace Vigil.Server.Features.Indicators;

public sealed partial class PackService
{
    /// <summary>The pack, its indicators and, for every unit of its subtree the caller can read, whether it deployed the pack.</summary>
    public async Task<Result<PackDetailDto>> DetailAsync(Guid packId, CancellationToken ct)
    {
        var pack = await db.IndicatorPacks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == packId, ct);
        if (pack is null)
        {
            return IndicatorAccess.PackNotFound(packId);
        }

        var now = Now;
        // Members are the publisher's rows: read past the filter now that the pack's own filter let the caller in.
        var indicators = await db.Indicators.IgnoreQueryFilters().AsNoTracking()
            .Where(i => db.IndicatorPackMembers.IgnoreQueryFilters().Any(m => m.PackId == packId && m.IndicatorId == i.Id))
            .OrderBy(i => i.Type).ThenBy(i => i.Value).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(pack.TargetPath)).OrderBy(u => u.Path).ToListAsync(ct);
        var deployments = await db.IndicatorPackDeployments.AsNoTracking().Where(d => d.PackId == packId).OrderByDescending(d => d.DeployedAt).ToListAsync(ct);
        var status = units.ConvertAll(u =>
        {
            var last = deployments.FirstOrDefault(d => d.UnitId == u.Id);
            return new PackUnitStatusDto(u.Id, u.Code, u.Name, last is not null, last?.DeployedAt, last?.RecordedBy, last?.Location);
        });
        return new PackDetailDto(
            IndicatorMapping.ToSummary(pack, indicators.Count, Manages(pack)), [.. StoredIndicator.Split(pack.Attribution)],
            indicators.ConvertAll(i => IndicatorMapping.ToSummary(i, now)), status, deployments.ConvertAll(IndicatorMapping.ToDto));
    }

    /// <summary>A unit confirms where it deployed the pack; only for a unit of the caller inside the pack's subtree.</summary>
    public async Task<Result<PackDeploymentDto>> DeployAsync(Guid packId, PackDeploymentWriteDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pack = await db.IndicatorPacks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == packId, ct);
        if (pack is null || pack.PublishedAt is null)
        {
            return IndicatorAccess.PackNotFound(packId);
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId, ct);
        if (unit is null || !unit.Path.StartsWith(pack.TargetPath, StringComparison.Ordinal))
        {
            return Error.NotFound("unit.not_found", $"Unit {request.UnitId} is not in the pack's subtree or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(unit.Id))
        {
            return Error.Forbidden("pack.deploy_forbidden", "Only the unit itself (or its coordinators) records its deployments.");
        }

        var kind = request.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !PackDeployment.Kinds.Contains(kind))
        {
            return Error.Validation("pack.deploy_kind", $"The kind is one of {string.Join(", ", PackDeployment.Kinds)}.", "kind");
        }

        if (string.IsNullOrWhiteSpace(request.Location) || request.Location.Length > 500)
        {
            return Error.Validation("pack.deploy_location", "Say where the pack is deployed (at most 500 characters).", "location");
        }

        var now = Now;
        var deployment = new PackDeployment
        {
            Id = Guid.CreateVersion7(), PackId = pack.Id, UnitId = unit.Id, Kind = kind, Location = request.Location.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            DeployedAt = request.DeployedAt is { } at ? DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc) : now,
            RecordedById = db.Access.ActorId, RecordedBy = db.Access.ActorName, RecordedAt = now,
        };
        if (deployment.DeployedAt > now.AddMinutes(5))
        {
            return Error.Validation("pack.deploy_future", "The deployment time is in the future.", "deployedAt");
        }

        db.IndicatorPackDeployments.Add(deployment);
        await db.SaveChangesAsync(ct);
        Log.PackDeployed(logger, pack.Id, unit.Id, kind);
        return IndicatorMapping.ToDto(deployment);
    }
}
