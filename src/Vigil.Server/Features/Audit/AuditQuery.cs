using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Audit;

/// <summary>Reads the audit log, newest first, within the caller's scope.</summary>
public sealed class AuditQuery(VigilDbContext db)
{
    public const int MaxPageSize = 500;

    public async Task<Result<List<AuditEntryDto>>> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.PageSize is < 1 or > MaxPageSize || filter.Page < 1)
        {
            return Error.Validation("audit.paging_invalid", $"page ≥ 1 and 1 ≤ pageSize ≤ {MaxPageSize}.", "pageSize");
        }

        if (filter.UnitId is { } unit && !db.Access.Scope.CanRead(unit))
        {
            return Error.NotFound("unit.not_found", $"Unit {unit} does not exist or is outside your scope.");
        }

        var q = db.AuditEntries.AsNoTracking();
        if (filter.FromUtc is { } from)
        {
            q = q.Where(a => a.At >= from);
        }

        if (filter.ToUtc is { } to)
        {
            q = q.Where(a => a.At < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLowerInvariant();
            q = q.Where(a => a.ActorName == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            q = q.Where(a => a.Action == filter.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            q = q.Where(a => a.EntityType == filter.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            q = q.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        if (filter.UnitId is { } unitId)
        {
            q = q.Where(a => a.UnitId == unitId);
        }

        var rows = await q.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        return rows.ConvertAll(a => new AuditEntryDto(a.Id, a.At, a.ActorName, a.Action, a.EntityType, a.EntityId, a.UnitId, a.Before, a.After));
    }
}
