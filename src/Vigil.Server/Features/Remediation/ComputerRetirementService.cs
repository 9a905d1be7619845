using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// Taking a computer out of service, and the "replace" remediation it usually ends. A retired computer keeps its
/// history but drops out of compliance counts and evaluation. Naming its replacement marks its "replace" items done
/// and links them; they are verified as soon as the replacement passes the same rule (now, if its current verdict
/// already passes, or at its next evaluation). Its other open items are cancelled: the work no longer applies.
/// </summary>
public sealed class ComputerRetirementService(VigilDbContext db, ComplianceEvaluator evaluator, TimeProvider clock)
{
    private const string RetiredNote = "computer retired";

    public async Task<Result<Guid>> RetireAsync(Guid computerId, ComputerRetireDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var computer = await WritableComputerAsync(computerId, ct);
        if (!computer.IsSuccess)
        {
            return computer.Error!;
        }

        if (computer.Value!.RetiredAt is not null)
        {
            return Error.Conflict("computer.already_retired", $"Computer {computerId} was retired on {computer.Value.RetiredAt:yyyy-MM-dd}.");
        }

        Computer? replacement = null;
        if (body.ReplacedBy is { } id)
        {
            var found = await ReplacementAsync(computer.Value, id, ct);
            if (!found.IsSuccess)
            {
                return found.Error!;
            }

            replacement = found.Value;
        }

        await RetireAsync(computer.Value, replacement, body.Note, ct);
        await db.SaveChangesAsync(ct);
        return computerId;
    }

    /// <summary>Undoes a retirement made by mistake: the computer is evaluated again; closed items stay closed.</summary>
    public async Task<Result<Guid>> UnretireAsync(Guid computerId, CancellationToken ct)
    {
        var computer = await WritableComputerAsync(computerId, ct);
        if (!computer.IsSuccess)
        {
            return computer.Error!;
        }

        if (computer.Value!.RetiredAt is null)
        {
            return Error.Conflict("computer.not_retired", $"Computer {computerId} is in service.");
        }

        computer.Value.RetiredAt = null;
        computer.Value.ReplacedBy = null;
        await evaluator.EvaluateAsync(computer.Value, ct);
        await db.SaveChangesAsync(ct);
        return computerId;
    }

    /// <summary>The officer names the computer that replaced the one a "replace" item is about.</summary>
    public async Task<Result<Guid>> LinkReplacementAsync(Guid itemId, ReplacementLinkDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var item = await db.RemediationItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return RemediationQuery.NotFound(itemId);
        }

        if (!db.Access.Scope.CanWrite(item.UnitId))
        {
            return RemediationService.Forbidden();
        }

        if (item.Kind != RemediationKind.Replace)
        {
            return Error.Conflict("remediation.not_replace", $"Item {itemId} asks for {item.Kind}, not for a replacement.");
        }

        if (item.ComputerId is not { } computerId)
        {
            // A device is replaced by recording the new device; the next match verifies the item.
            return Error.Conflict("remediation.not_computer", $"Item {itemId} is on a network device; only a computer is retired with a replacement.");
        }

        if (!item.IsOpen || item.ReplacementComputerId is not null)
        {
            return Error.Conflict("remediation.closed", $"Item {itemId} is {item.Status}{(item.ReplacementComputerId is null ? "" : " and already linked to its replacement")}.");
        }

        if (body.ReplacementComputerId is not { } replacementId)
        {
            return Error.Validation("remediation.replacement_required", "Name the replacement computer (replacementComputerId).", "replacementComputerId");
        }

        var computer = await db.Computers.FirstAsync(c => c.Id == computerId, ct);
        var replacement = await ReplacementAsync(computer, replacementId, ct);
        if (!replacement.IsSuccess)
        {
            return replacement.Error!;
        }

        await RetireAsync(computer, replacement.Value, body.Note, ct);
        await db.SaveChangesAsync(ct);
        return itemId;
    }

    private async Task RetireAsync(Computer computer, Computer? replacement, string? note, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        computer.RetiredAt ??= now;
        computer.ReplacedBy = replacement?.Id;
        var open = (await db.RemediationItems.Where(i => i.ComputerId == computer.Id).ToListAsync(ct)).FindAll(i => i.IsOpen);
        foreach (var item in open)
        {
            if (item.Kind != RemediationKind.Replace)
            {
                RemediationWorkflow.Apply(db, item, RemediationStatus.Cancelled, RetiredNote, now);
                continue;
            }

            if (replacement is null)
            {
                continue;
            }

            item.ReplacementComputerId = replacement.Id;
            RemediationWorkflow.AddEvent(db, item, RemediationEventKind.ReplacementLinked, null, null,
                replacement.Hostname + (RemediationWorkflow.Clean(note) is { } n ? " — " + n : ""), now);
            RemediationWorkflow.Apply(db, item, RemediationStatus.Done, null, now);
            var passes = item.RuleId is { } rule && await db.ComplianceResults.AnyAsync(
                r => r.ComputerId == replacement.Id && r.RuleId == rule && (r.Status == ComplianceStatus.Pass || r.Status == ComplianceStatus.NotApplicable), ct);
            if (passes)
            {
                var verdict = await db.ComplianceResults.AsNoTracking().FirstAsync(r => r.ComputerId == replacement.Id && r.RuleId == item.RuleId, ct);
                var record = new VerdictRecord(replacement.Id, replacement.Hostname, verdict.RuleId, verdict.Status, verdict.Reason,
                    ComputerFactColumns.ParseEvidence(verdict.EvidenceJson), verdict.DataObservedAt, verdict.AsOf, verdict.Fingerprint);
                RemediationWorkflow.AddEvent(db, item, RemediationEventKind.Verified, RemediationStatus.Done, RemediationStatus.Verified, verdict.Reason, now, record.ToJson());
                item.Status = RemediationStatus.Verified;
                item.ClosedAt = now;
            }
        }
    }

    private async Task<Result<Computer>> WritableComputerAsync(Guid computerId, CancellationToken ct)
    {
        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        return db.Access.Scope.CanWrite(computer.UnitId) ? computer : Error.Forbidden("computer.forbidden", "You may read this computer but not change it.");
    }

    /// <summary>The replacement must be another computer the caller can see, in service, not itself replaced.</summary>
    private async Task<Result<Computer>> ReplacementAsync(Computer retired, Guid replacementId, CancellationToken ct)
    {
        var replacement = await db.Computers.FirstOrDefaultAsync(c => c.Id == replacementId, ct);
        if (replacement is null)
        {
            return Error.Validation("remediation.replacement_not_found", $"Computer {replacementId} does not exist or is outside your scope.", "replacementComputerId");
        }

        if (replacement.Id == retired.Id)
        {
            return Error.Validation("remediation.replacement_same", "A computer cannot replace itself.", "replacementComputerId");
        }

        return replacement.RetiredAt is null
            ? replacement
            : Error.Validation("remediation.replacement_retired", $"{replacement.Hostname} is itself retired.", "replacementComputerId");
    }
}
