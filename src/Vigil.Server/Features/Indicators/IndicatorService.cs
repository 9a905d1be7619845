using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Indicators.Warnings;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>Search, detail (warnings, overrides, packs, history), edits, overrides after the fact and revocation of stored indicators.</summary>
public sealed class IndicatorService(VigilDbContext db, TimeProvider clock, IOptions<IndicatorOptions> options, ILogger<IndicatorService> logger)
{
    public const int MaxPageSize = 500;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result<IndicatorPageDto>> SearchAsync(IndicatorSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var now = Now;
        var query = db.Indicators.AsNoTracking();
        if (search.UnitId is { } unitId)
        {
            query = query.Where(i => i.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(search.Type))
        {
            if (!IndicatorSafety.TryType(search.Type, out var type))
            {
                return Error.Validation("indicator.type_unknown", $"Unknown type '{search.Type}' (known: {string.Join(", ", Enum.GetNames<IndicatorType>())}).", "type");
            }

            query = query.Where(i => i.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            if (!Enum.TryParse<IndicatorAction>(search.Action, true, out var action) || int.TryParse(search.Action, out _))
            {
                return Error.Validation("indicator.action_unknown", "The action is Block or AlertOnly.", "action");
            }

            query = query.Where(i => i.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(search.Value))
        {
            var value = search.Value.Trim().ToLowerInvariant();
            query = query.Where(i => i.Value.Contains(value));
        }

        if (!string.IsNullOrWhiteSpace(search.Family))
        {
            var family = search.Family.Trim();
            query = query.Where(i => i.Family != null && i.Family.Contains(family));
        }

        if (!string.IsNullOrWhiteSpace(search.Source))
        {
            var source = search.Source.Trim();
            query = query.Where(i => i.Sources.Contains(source));
        }

        query = search.Flagged switch { true => query.Where(i => i.Flagged), false => query.Where(i => !i.Flagged), _ => query };
        query = search.Revoked switch { true => query.Where(i => i.RevokedAt != null), false => query.Where(i => i.RevokedAt == null), _ => query };
        query = search.Expired switch
        {
            true => query.Where(i => i.Expiry != null && i.Expiry <= now),
            false => query.Where(i => i.Expiry == null || i.Expiry > now),
            _ => query,
        };
        if (search.Enforced is { } enforced)
        {
            query = enforced
                ? query.Where(i => i.Action == IndicatorAction.Block && !i.Flagged && !i.KillSwitch && i.RevokedAt == null && (i.Expiry == null || i.Expiry > now))
                : query.Where(i => !(i.Action == IndicatorAction.Block && !i.Flagged && !i.KillSwitch && i.RevokedAt == null && (i.Expiry == null || i.Expiry > now)));
        }

        var size = Math.Clamp(search.PageSize ?? 50, 1, MaxPageSize);
        var page = Math.Max(search.Page ?? 1, 1);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.Type).ThenBy(i => i.Value).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new IndicatorPageDto(total, page, size, rows.ConvertAll(r => IndicatorMapping.ToSummary(r, now)));
    }

    public async Task<Result<IndicatorDetailDto>> DetailAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null)
        {
            return IndicatorAccess.NotFound(id);
        }

        var now = Now;
        var warnings = WarningList.Check(new IndicatorValue(row.Type, row.Value), options.Value.WarningList());
        var overrides = await db.IndicatorOverrides.AsNoTracking().Where(o => o.IndicatorId == id).OrderBy(o => o.OverriddenAt).ToListAsync(ct);
        var packs = await db.IndicatorPacks.AsNoTracking()
            .Where(p => db.IndicatorPackMembers.Any(m => m.PackId == p.Id && m.IndicatorId == id)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var key = id.ToString();
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(StoredIndicator) && a.EntityId == key)
            .OrderBy(a => a.At).Take(200).ToListAsync(ct);
        return new IndicatorDetailDto(
            IndicatorMapping.ToSummary(row, now), [.. StoredIndicator.Split(row.Tags)], row.Description, row.FirstSeen, row.LastSeen, row.Confidence, row.Tlp?.ToString(),
            row.RevokedBy, row.RevokeReason, row.RevokedAt, IndicatorSafety.ToDto(warnings),
            overrides.ConvertAll(o => new IndicatorOverrideDto(o.Id, [.. StoredIndicator.Split(o.Codes)], o.Reason, o.OverriddenBy, o.OverriddenAt)),
            packs.ConvertAll(p => IndicatorMapping.ToSummary(p, 0, IndicatorAccess.Publishes(db, p.UnitId))),
            history.ConvertAll(a => new IndicatorHistoryDto(a.At, a.ActorName, a.Action, a.Before, a.After)));
    }

    /// <summary>Block ↔ alert-only, the pin, the expiry. A kill switch stays alert-only whatever is asked.</summary>
    public async Task<Result<IndicatorDetailDto>> EditAsync(Guid id, IndicatorEditDto edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var row = await WritableAsync(id, ct);
        if (!row.IsSuccess)
        {
            return row.Error!;
        }

        var r = row.Value!;
        if (edit.Action is not null)
        {
            if (!Enum.TryParse<IndicatorAction>(edit.Action, true, out var action) || int.TryParse(edit.Action, out _))
            {
                return Error.Validation("indicator.action_unknown", "The action is Block or AlertOnly.", "action");
            }

            if (action == IndicatorAction.Block && r.KillSwitch)
            {
                return Error.Validation("indicator.kill_switch", $"{r.Value} must keep resolving (a kill switch): it can never be blocked.", "action");
            }

            if (action == IndicatorAction.Block && r.AlertOnlyPinned && edit.AlertOnlyPinned != false)
            {
                return Error.Validation("indicator.pinned", "The value is pinned to alert-only: remove the pin (alertOnlyPinned=false) to block it.", "action");
            }

            r.Action = action;
        }

        if (edit.AlertOnlyPinned is { } pinned)
        {
            if (!pinned && r.KillSwitch)
            {
                return Error.Validation("indicator.kill_switch", $"{r.Value} is a kill switch: its alert-only pin cannot be removed.", "alertOnlyPinned");
            }

            r.AlertOnlyPinned = pinned;
            if (pinned)
            {
                r.Action = IndicatorAction.AlertOnly;
            }
        }

        if (edit.ClearExpiry == true)
        {
            r.Expiry = null;
        }
        else if (edit.Expiry is { } expiry)
        {
            r.Expiry = DateTime.SpecifyKind(expiry, DateTimeKind.Utc);
        }

        r.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        Log.IndicatorChanged(logger, id, "edited");
        return await DetailAsync(id, ct);
    }

    /// <summary>Overrides every overridable warning the value raises now, with a reason; kill switches are refused.</summary>
    public async Task<Result<IndicatorDetailDto>> OverrideAsync(Guid id, IndicatorRevokeDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var row = await WritableAsync(id, ct);
        if (!row.IsSuccess)
        {
            return row.Error!;
        }

        var r = row.Value!;
        if (IndicatorAccess.Reason(body.Reason, "reason") is { } noReason)
        {
            return noReason;
        }

        var warnings = WarningList.Check(new IndicatorValue(r.Type, r.Value), options.Value.WarningList());
        if (warnings.Any(w => !w.Overridable))
        {
            return Error.Validation("indicator.kill_switch", $"{r.Value} must keep resolving (a kill switch): it can never be overridden into a block.", "reason");
        }

        if (warnings.Count == 0)
        {
            return Error.Validation("indicator.override_not_needed", $"{r.Value} raises no warning: there is nothing to override.", "reason");
        }

        var now = Now;
        var codes = warnings.Select(w => w.Code).ToList();
        db.IndicatorOverrides.Add(new IndicatorOverride
        {
            Id = Guid.CreateVersion7(), IndicatorId = r.Id, UnitId = r.UnitId, Codes = StoredIndicator.Join(codes), Reason = body.Reason!.Trim(),
            OverriddenById = db.Access.ActorId, OverriddenBy = db.Access.ActorName, OverriddenAt = now,
        });
        IndicatorSafety.Apply(r, warnings, codes.ToHashSet(StringComparer.Ordinal));
        r.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        Log.IndicatorChanged(logger, id, "overridden");
        return await DetailAsync(id, ct);
    }

    public async Task<Result<IndicatorDetailDto>> RevokeAsync(Guid id, IndicatorRevokeDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var row = await WritableAsync(id, ct);
        if (!row.IsSuccess)
        {
            return row.Error!;
        }

        if (IndicatorAccess.Reason(body.Reason, "reason") is { } noReason)
        {
            return noReason;
        }

        var r = row.Value!;
        if (r.RevokedAt is not null)
        {
            return Error.Conflict("indicator.revoked", $"{r.Value} is already revoked.");
        }

        r.RevokedAt = Now;
        r.RevokedBy = db.Access.ActorName;
        r.RevokeReason = body.Reason!.Trim();
        r.UpdatedAt = r.RevokedAt.Value;
        await db.SaveChangesAsync(ct);
        Log.IndicatorChanged(logger, id, "revoked");
        return await DetailAsync(id, ct);
    }

    public async Task<List<ImportBatchDto>> BatchesAsync(CancellationToken ct) =>
        (await db.IndicatorImportBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).Take(200).ToListAsync(ct)).ConvertAll(IndicatorMapping.ToDto);

    public async Task<Result<ImportBatchDetailDto>> BatchAsync(Guid batchId, CancellationToken ct)
    {
        var batch = await db.IndicatorImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct);
        return batch is null
            ? Error.NotFound("indicator.batch_not_found", $"Import {batchId} does not exist or is outside your scope.")
            : new ImportBatchDetailDto(IndicatorMapping.ToDto(batch), JsonSerializer.Deserialize(batch.ReportJson, VigilJsonContext.Default.ListImportLineDto) ?? []);
    }

    private async Task<Result<StoredIndicator>> WritableAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Indicators.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null)
        {
            return IndicatorAccess.NotFound(id);
        }

        return db.Access.Scope.CanWrite(row.UnitId)
            ? row
            : Error.Forbidden("indicator.forbidden", "You may read this unit's indicators but not change them.");
    }
}
