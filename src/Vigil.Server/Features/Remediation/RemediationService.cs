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
/// What people do with one remediation item: open one by hand, set its owner and due day, move it through its
/// statuses (<see cref="RemediationWorkflow"/>), comment and attach evidence. Every step is an event with the person
/// and time, and every change is in the audit log. Runs in the caller's scope: the storage guard checks each row.
/// </summary>
public sealed class RemediationService(VigilDbContext db, CompliancePolicyHolder policies, TimeProvider clock, IOptions<ComplianceOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Result<Guid>> CreateAsync(RemediationCreateDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.ComputerId is not { } computerId)
        {
            return Error.Validation("remediation.computer_required", "Name the computer (computerId).", "computerId");
        }

        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Forbidden();
        }

        var rule = string.IsNullOrWhiteSpace(body.RuleId) ? null : body.RuleId.Trim();
        if (rule is not null && policies.Active.Rule(rule) is null)
        {
            return Error.Validation("remediation.rule_unknown", $"The active policy has no rule '{rule}'.", "ruleId");
        }

        var kind = await KindAsync(body.Kind, computerId, rule, ct);
        if (!kind.IsSuccess)
        {
            return kind.Error!;
        }

        var title = RemediationWorkflow.Clean(body.Title);
        if (rule is null && title is null)
        {
            return Error.Validation("remediation.title_required", "An item without a rule needs a title saying what to do.", "title");
        }

        if (title is { Length: > RemediationWorkflow.MaxTitleLength })
        {
            return Error.Validation("remediation.title_too_long", $"The title may have at most {RemediationWorkflow.MaxTitleLength} characters.", "title");
        }

        if (RemediationWorkflow.CheckOwner(body.Owner?.Trim()) is { } badOwner)
        {
            return badOwner;
        }

        if (rule is not null && await db.RemediationItems.Where(i => i.ComputerId == computerId && i.RuleId == rule &&
                (i.Status == RemediationStatus.Planned || i.Status == RemediationStatus.InProgress || i.Status == RemediationStatus.Done))
                .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct) is { } open)
        {
            return Error.Conflict("remediation.already_open", $"Item {open} is already open for rule '{rule}' on this computer.");
        }

        var now = Now;
        var item = new RemediationItem
        {
            Id = Guid.CreateVersion7(), ComputerId = computerId, UnitId = computer.UnitId, RuleId = rule, Kind = kind.Value, Status = RemediationStatus.Planned,
            Title = title, Owner = RemediationWorkflow.Clean(body.Owner), CreatedAt = now, CreatedBy = db.Access.ActorName, UpdatedAt = now,
            DueOn = body.DueOn ?? ComplianceDates.Today(clock).AddDays(options.Value.RemediationDueDays),
        };
        if (RemediationWorkflow.CheckDue(item, item.DueOn.Value) is { } badDue)
        {
            return badDue;
        }

        db.RemediationItems.Add(item);
        RemediationWorkflow.AddEvent(db, item, RemediationEventKind.Created, null, RemediationStatus.Planned, RemediationWorkflow.Clean(body.Note), now);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    public Task<Result<Guid>> UpdateAsync(Guid itemId, RemediationUpdateDto body, CancellationToken ct) =>
        ChangeAsync(itemId, item =>
        {
            ArgumentNullException.ThrowIfNull(body);
            return SetOwnerAndDue(item, body.Owner, body.DueOn);
        }, ct);

    public Task<Result<Guid>> TransitionAsync(Guid itemId, RemediationTransitionDto body, CancellationToken ct) =>
        ChangeAsync(itemId, item =>
        {
            ArgumentNullException.ThrowIfNull(body);
            var status = RemediationWorkflow.ParseStatus(body.Status);
            if (!status.IsSuccess)
            {
                return status.Error;
            }

            if (RemediationWorkflow.Check(item, status.Value, body.Note) is { } refused)
            {
                return refused;
            }

            RemediationWorkflow.Apply(db, item, status.Value, body.Note, Now);
            return null;
        }, ct);

    public Task<Result<Guid>> CommentAsync(Guid itemId, RemediationCommentDto body, CancellationToken ct) =>
        ChangeAsync(itemId, item =>
        {
            ArgumentNullException.ThrowIfNull(body);
            var text = RemediationWorkflow.Clean(body.Text);
            if (text is null)
            {
                return Error.Validation("remediation.text_required", "Write the comment or evidence (text).", "text");
            }

            if (text.Length > RemediationWorkflow.MaxTextLength)
            {
                return Error.Validation("remediation.text_too_long", $"A comment may have at most {RemediationWorkflow.MaxTextLength} characters.", "text");
            }

            // Comments stay possible on closed items: the discussion of a verified fix is part of its record.
            RemediationWorkflow.AddEvent(db, item, body.Evidence ? RemediationEventKind.Evidence : RemediationEventKind.Comment, null, null, text, Now);
            item.UpdatedAt = Now;
            return null;
        }, ct);

    /// <summary>Owner and due day changes shared with bulk actions; null leaves a field alone, an empty owner clears it.</summary>
    internal Error? SetOwnerAndDue(RemediationItem item, string? owner, DateOnly? due)
    {
        if (!item.IsOpen)
        {
            return Error.Conflict("remediation.closed", $"Item {item.Id} is {item.Status}; a closed item does not change any more.");
        }

        if (RemediationWorkflow.CheckOwner(owner?.Trim()) is { } badOwner)
        {
            return badOwner;
        }

        if (due is { } day && RemediationWorkflow.CheckDue(item, day) is { } badDue)
        {
            return badDue;
        }

        var now = Now;
        if (owner is not null && RemediationWorkflow.Clean(owner) != item.Owner)
        {
            item.Owner = RemediationWorkflow.Clean(owner);
            RemediationWorkflow.AddEvent(db, item, RemediationEventKind.OwnerChanged, null, null, item.Owner, now);
            item.UpdatedAt = now;
        }

        if (due is { } newDue && newDue != item.DueOn)
        {
            item.DueOn = newDue;
            RemediationWorkflow.AddEvent(db, item, RemediationEventKind.DueChanged, null, null, newDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now);
            item.UpdatedAt = now;
        }

        return null;
    }

    private async Task<Result<Guid>> ChangeAsync(Guid itemId, Func<RemediationItem, Error?> change, CancellationToken ct)
    {
        var item = await db.RemediationItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return RemediationQuery.NotFound(itemId);
        }

        if (!db.Access.Scope.CanWrite(item.UnitId))
        {
            return Forbidden();
        }

        if (change(item) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    /// <summary>The kind asked for, or the one the rule's failing verdict asks for.</summary>
    private async Task<Result<RemediationKind>> KindAsync(string? text, Guid computerId, string? rule, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return ComplianceScope.ParseEnum<RemediationKind>(text) is { } kind and not RemediationKind.None
                ? kind
                : Error.Validation("remediation.kind_invalid", $"Unknown kind '{text}' ({string.Join(", ", Enum.GetNames<RemediationKind>().Skip(1))}).", "kind");
        }

        var fromVerdict = rule is null ? null : await db.ComplianceResults.Where(r => r.ComputerId == computerId && r.RuleId == rule)
            .Select(r => (RemediationKind?)r.Remediation).FirstOrDefaultAsync(ct);
        return fromVerdict is { } k and not RemediationKind.None
            ? k
            : Error.Validation("remediation.kind_required", "Say what kind of work it is (kind); the rule's verdict asks for none.", "kind");
    }

    internal static Error Forbidden() => Error.Forbidden("remediation.forbidden", "You may read this but not change it.");
}
