using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// One action (assign an owner, set a due day, change status) over many items, all or nothing: every item is checked
/// first, and if any cannot take the step nothing is saved and the error names that item, why, and how many others
/// were refused. The items are named by id or chosen by the list's filters, in the caller's scope.
/// </summary>
public sealed class RemediationBulkService(VigilDbContext db, RemediationQuery query, RemediationService service, TimeProvider clock, IOptions<ComplianceOptions> options)
{
    public async Task<Result<RemediationBulkResultDto>> ApplyAsync(RemediationBulkDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var action = ActionOf(body);
        if (!action.IsSuccess)
        {
            return action.Error!;
        }

        var items = await ItemsAsync(body, ct);
        if (!items.IsSuccess)
        {
            return items.Error!;
        }

        var refused = new List<(RemediationItem Item, Error Error)>();
        foreach (var item in items.Value!)
        {
            var error = db.Access.Scope.CanWrite(item.UnitId) ? action.Value!(item) : RemediationService.Forbidden();
            if (error is not null)
            {
                refused.Add((item, error));
            }
        }

        if (refused.Count > 0)
        {
            db.ChangeTracker.Clear();
            var (first, why) = refused[0];
            var host = (first.ComputerId is { } computerId
                ? await db.Computers.Where(c => c.Id == computerId).Select(c => c.Hostname).FirstOrDefaultAsync(ct)
                : await db.NetworkDevices.Where(d => d.Id == first.NetworkDeviceId).Select(d => d.Hostname).FirstOrDefaultAsync(ct)) ?? "?";
            var others = refused.Count == 1 ? "" : $" {refused.Count - 1} other item(s) were refused too.";
            return why with
            {
                Message = $"Item {first.Id} ({host}{(first.RuleId is null ? "" : ", rule " + first.RuleId)}): {why.Message}{others} Nothing was changed.",
                Location = "items/" + first.Id,
            };
        }

        await db.SaveChangesAsync(ct);
        return new RemediationBulkResultDto(items.Value!.Count, [.. items.Value!.Select(i => i.Id)]);
    }

    private Result<Func<RemediationItem, Error?>> ActionOf(RemediationBulkDto body)
    {
        switch (body.Action?.Trim().ToLowerInvariant())
        {
            case "assign":
                return body.Owner is null
                    ? Error.Validation("remediation.owner_required", "Give the owner (an empty owner clears it).", "owner")
                    : Result<Func<RemediationItem, Error?>>.Ok(item => service.SetOwnerAndDue(item, body.Owner, null));
            case "due":
                return body.DueOn is not { } due
                    ? Error.Validation("remediation.due_required", "Give the due day (dueOn).", "dueOn")
                    : Result<Func<RemediationItem, Error?>>.Ok(item => service.SetOwnerAndDue(item, null, due));
            case "status":
                var status = RemediationWorkflow.ParseStatus(body.Status);
                if (!status.IsSuccess)
                {
                    return status.Error!;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                return Result<Func<RemediationItem, Error?>>.Ok(item =>
                {
                    var refused = RemediationWorkflow.Check(item, status.Value, body.Note);
                    if (refused is null)
                    {
                        RemediationWorkflow.Apply(db, item, status.Value, body.Note, now);
                    }

                    return refused;
                });
            default:
                return Error.Validation("remediation.action_invalid", $"Unknown action '{body.Action}' (assign, due, status).", "action");
        }
    }

    private async Task<Result<List<RemediationItem>>> ItemsAsync(RemediationBulkDto body, CancellationToken ct)
    {
        var max = options.Value.MaxBulkItems;
        if ((body.Ids is null) == (body.Filter is null))
        {
            return Error.Validation("remediation.bulk_target", "Name the items either by ids or by filter, not both and not neither.", "ids");
        }

        if (body.Ids is { } ids)
        {
            if (ids.Count > max)
            {
                return TooMany(ids.Count, max);
            }

            var distinct = ids.Distinct().ToList();
            var found = await db.RemediationItems.Where(i => distinct.Contains(i.Id)).ToListAsync(ct);
            var missing = distinct.FindIndex(id => !found.Exists(i => i.Id == id));
            return missing < 0 ? found : RemediationQuery.NotFound(distinct[missing]) with { Location = $"ids[{ids.ToList().IndexOf(distinct[missing])}]" };
        }

        var units = await InventoryUnits.LoadAsync(db, ct);
        var filtered = query.Filter(units, RemediationFilter.From(body.Filter));
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var count = await filtered.Value!.CountAsync(ct);
        return count > max ? TooMany(count, max) : await filtered.Value!.OrderBy(i => i.Id).ToListAsync(ct);
    }

    private static Error TooMany(int count, int max) =>
        Error.Validation("remediation.bulk_too_many", $"{count} items chosen; one bulk action changes at most {max}. Narrow the filter.", "ids");
}
