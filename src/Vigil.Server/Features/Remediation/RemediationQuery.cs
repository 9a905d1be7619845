using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>The remediation board: items in the caller's scope, filtered and paged, and one item with its history.</summary>
public sealed class RemediationQuery(VigilDbContext db, CompliancePolicyHolder policies, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Result<RemediationListDto>> ListAsync(RemediationFilter filter, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (page < 1)
        {
            return Error.Validation("remediation.filter_invalid", "page must be 1 or more.", "page");
        }

        var units = await InventoryUnits.LoadAsync(db, ct);
        var scoped = Filter(units, filter with { Status = null });
        if (!scoped.IsSuccess)
        {
            return scoped.Error!;
        }

        var filtered = Filter(units, filter);
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var byStatus = await scoped.Value!.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = await filtered.Value!.CountAsync(ct);
        var rows = await filtered.Value!.OrderBy(i => i.DueOn == null).ThenBy(i => i.DueOn).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new RemediationListDto(await DescribeAsync(rows, units, ct), total, page, PageSize,
            [.. byStatus.OrderBy(s => s.Key).Select(s => new CountDto(s.Key.ToString(), s.Count))]);
    }

    public async Task<Result<RemediationDetailDto>> GetAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.RemediationItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return NotFound(itemId);
        }

        var events = await db.RemediationEvents.AsNoTracking().Where(e => e.ItemId == itemId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var units = await InventoryUnits.LoadAsync(db, ct);
        var dto = (await DescribeAsync([item], units, ct))[0];
        var allowed = db.Access.Scope.CanWrite(item.UnitId) ? RemediationWorkflow.Allowed(item).Select(s => s.ToString()).ToList() : [];
        return new RemediationDetailDto(dto, events.ConvertAll(ToDto), allowed);
    }

    /// <summary>One network device's items in the caller's scope, newest first, for the device page.</summary>
    public async Task<List<RemediationItemDto>> ForDeviceAsync(Guid deviceId, CancellationToken ct)
    {
        var items = await db.RemediationItems.AsNoTracking().Where(i => i.NetworkDeviceId == deviceId).OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
        return items.Count == 0 ? [] : await DescribeAsync(items, await InventoryUnits.LoadAsync(db, ct), ct);
    }

    /// <summary>The items matching a filter, for lists and bulk actions; an unknown unit or bad value is an error.</summary>
    internal Result<IQueryable<RemediationItem>> Filter(Dictionary<Guid, InventoryUnits.Info> units, RemediationFilter filter)
    {
        var scope = ComplianceScope.UnitIds(units, filter.UnitId, filter.IncludeSubtree);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        IQueryable<RemediationItem> q = db.RemediationItems;
        if (scope.Value is { } ids)
        {
            q = q.Where(i => ids.Contains(i.UnitId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var status = RemediationWorkflow.ParseStatus(filter.Status);
            if (!status.IsSuccess)
            {
                return status.Error!;
            }

            q = q.Where(i => i.Status == status.Value);
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (ComplianceScope.ParseEnum<RemediationKind>(filter.Kind) is not { } kind)
            {
                return Error.Validation("remediation.kind_invalid", $"Unknown kind '{filter.Kind}' ({string.Join(", ", Enum.GetNames<RemediationKind>())}).", "kind");
            }

            q = q.Where(i => i.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.RuleId))
        {
            var rule = filter.RuleId.Trim();
            q = q.Where(i => i.RuleId == rule);
        }

        if (filter.Open || filter.Overdue)
        {
            q = q.Where(i => i.Status == RemediationStatus.Planned || i.Status == RemediationStatus.InProgress || i.Status == RemediationStatus.Done);
        }

        if (filter.Overdue)
        {
            var today = ComplianceDates.Today(clock);
            q = q.Where(i => i.DueOn != null && i.DueOn < today);
        }

#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() here is SQL upper(), run by the database, not .NET culture code.
        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            var owner = filter.Owner.Trim();
            var upper = owner.ToUpperInvariant();
            q = q.Where(i => i.Owner != null && (i.Owner.Contains(owner) || i.Owner.ToUpper().Contains(upper)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var upper = filter.Search.Trim().ToUpperInvariant();
            q = q.Where(i => db.Computers.Any(c => c.Id == i.ComputerId && c.Hostname.ToUpper().Contains(upper))
                             || db.NetworkDevices.Any(d => d.Id == i.NetworkDeviceId && d.Hostname.ToUpper().Contains(upper)));
        }
#pragma warning restore CA1304, CA1311, CA1862

        return Result<IQueryable<RemediationItem>>.Ok(q);
    }

    /// <summary>Items with their asset, unit, rule title, replacement and current verdict, read in a few queries.</summary>
    internal async Task<List<RemediationItemDto>> DescribeAsync(IReadOnlyList<RemediationItem> items, Dictionary<Guid, InventoryUnits.Info> units, CancellationToken ct)
    {
        var own = items.Select(i => i.ComputerId).OfType<Guid>().Distinct().ToList();
        var computerIds = own.Concat(items.Select(i => i.ReplacementComputerId).OfType<Guid>()).Distinct().ToList();
        var hostnames = await db.Computers.AsNoTracking().Where(c => computerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Hostname, ct);
        var deviceIds = items.Select(i => i.NetworkDeviceId).OfType<Guid>().Distinct().ToList();
        var devices = deviceIds.Count == 0 ? [] : await db.NetworkDevices.AsNoTracking().Where(d => deviceIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Hostname, d.Vendor, d.Model }).ToDictionaryAsync(d => d.Id, ct);
        var verdicts = (await db.ComplianceResults.AsNoTracking().Where(r => own.Contains(r.ComputerId)).Select(r => new { r.ComputerId, r.RuleId, r.Status }).ToListAsync(ct))
            .ToDictionary(r => (r.ComputerId, r.RuleId), r => r.Status);
        var policy = policies.Active;
        var today = ComplianceDates.Today(clock);
        return items.Select(i =>
        {
            var unit = units.GetValueOrDefault(i.UnitId) ?? InventoryUnits.Unknown(i.UnitId);
            var rule = i.RuleId is null ? null : policy.Rule(i.RuleId);
            var verdict = i.RuleId is null || i.ComputerId is not { } computerId ? null : verdicts.TryGetValue((computerId, i.RuleId), out var v) ? v.ToString() : null;
            var device = i.NetworkDeviceId is { } deviceId ? devices.GetValueOrDefault(deviceId) : null;
            var hostname = i.ComputerId is { } c ? hostnames.GetValueOrDefault(c) : device?.Hostname;
            return new RemediationItemDto(i.Id, i.ComputerId, hostname ?? "?", unit.Id, unit.Code, unit.Name, i.RuleId,
                rule?.TitleVi, rule?.TitleEn, i.Kind.ToString(), i.Status.ToString(), i.Title, i.Reason, i.Owner, i.DueOn,
                i.IsOpen && i.DueOn is { } due && due < today, verdict, i.ReplacementComputerId,
                i.ReplacementComputerId is { } r ? hostnames.GetValueOrDefault(r) : null, i.CreatedAt, i.CreatedBy, i.UpdatedAt, i.ClosedAt,
                i.NetworkDeviceId, i.NetworkDeviceId is null ? RemediationAssetKinds.Computer : RemediationAssetKinds.NetworkDevice,
                device is null ? null : string.Join(' ', new[] { device.Vendor, device.Model }.Where(x => !string.IsNullOrEmpty(x))));
        }).ToList();
    }

    internal static Error NotFound(Guid itemId) =>
        Error.NotFound("remediation.not_found", $"Remediation item {itemId} does not exist or is outside your scope.");

    private static RemediationEventDto ToDto(RemediationEvent e)
    {
        var verdict = VerdictRecord.Parse(e.DataJson);
        return new RemediationEventDto(e.Id, e.At, e.Actor, e.Kind.ToString(), e.FromStatus?.ToString(), e.ToStatus?.ToString(), e.Text,
            verdict is null ? null : new RemediationVerdictDto(verdict.ComputerId, verdict.Hostname, verdict.RuleId, verdict.Status.ToString(), verdict.Reason,
                ComplianceMapping.Evidence(verdict.Evidence), verdict.DataObservedAt, verdict.AsOf, verdict.Fingerprint));
    }
}
