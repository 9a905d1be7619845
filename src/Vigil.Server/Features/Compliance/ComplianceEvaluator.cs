using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Remediation;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Evaluates computers against the active policy as of today and records what changed, in the caller's unit of
/// work (the caller saves): verdicts that differ are written, status changes go to the computer's history, and
/// remediation follows (<see cref="RemediationSync"/>). The computer row is marked with the policy fingerprint, the
/// day and the report time it was judged on, which is how the evaluation job finds what to evaluate again.
/// Retired computers are not evaluated: their verdicts stay as they were when they left service.
/// </summary>
public sealed class ComplianceEvaluator(VigilDbContext db, CompliancePolicyHolder policies, TimeProvider clock, IOptions<ComplianceOptions> options)
{
    public ActivePolicy Policy => policies.Active;

    public Task EvaluateAsync(Computer computer, CancellationToken ct) => EvaluateAsync([computer], ct);

    public async Task EvaluateAsync(IReadOnlyList<Computer> computers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(computers);
        var live = computers.Where(c => c.RetiredAt is null).ToList();
        if (live.Count == 0)
        {
            return;
        }

        var policy = policies.Active;
        var asOf = ComplianceDates.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = live.Where(c => db.StateOf(c) != EntityState.Added).Select(c => c.Id).ToList();
        var results = await LoadResultsAsync(live, stored, ct);
        var items = await LoadItemsAsync(live, stored, ct);
        var remediation = new RemediationSync(db, items, now, options.Value.RemediationDueDays);
        foreach (var computer in live)
        {
            var verdicts = policy.Compiled.Evaluate(ComputerComplianceFacts.From(computer), asOf);
            var mine = results.GetValueOrDefault(computer.Id) ?? [];
            if (mine.Exists(r => r.UnitId != computer.UnitId))
            {
                await ComplianceRows.MoveAsync(db, computer.Id, computer.UnitId, ct);
            }

            foreach (var verdict in verdicts)
            {
                var result = Store(computer, verdict, mine, policy, asOf, now);
                remediation.Apply(computer, verdict, result, asOf);
            }

            foreach (var dropped in mine.Where(r => !verdicts.Any(v => v.RuleId == r.RuleId)))
            {
                db.ComplianceResults.Remove(dropped);
            }

            computer.ComplianceFingerprint = policy.Fingerprint;
            computer.ComplianceAsOf = asOf;
            computer.ComplianceObservedAt = computer.ObservedAt;
        }
    }

    /// <summary>The verdicts of one computer as of any day, without storing anything ("what if", history, projection).</summary>
    public IReadOnlyList<RuleVerdict> Judge(Computer computer, DateOnly asOf) =>
        policies.Active.Compiled.Evaluate(ComputerComplianceFacts.From(computer), asOf);

    private ComplianceResult Store(Computer computer, RuleVerdict verdict, List<ComplianceResult> mine, ActivePolicy policy, DateOnly asOf, DateTime now)
    {
        var evidence = ComputerFactColumns.FormatEvidence(verdict.Evidence);
        var result = mine.Find(r => r.RuleId == verdict.RuleId);
        var isNew = result is null;
        if (result is null)
        {
            result = new ComplianceResult { ComputerId = computer.Id, RuleId = verdict.RuleId, UnitId = computer.UnitId, Since = now };
            db.ComplianceResults.Add(result);
            mine.Add(result);
        }
        else if (result.Status == verdict.Status && result.Remediation == verdict.Remediation && result.Reason == verdict.Reason &&
                 result.EvidenceJson == evidence && result.DataObservedAt == verdict.DataObservedAt && result.Fingerprint == policy.Fingerprint)
        {
            return result;
        }

        var oldStatus = isNew ? (ComplianceStatus?)null : result.Status;
        if (isNew || result.Status != verdict.Status || result.Remediation != verdict.Remediation || result.Reason != verdict.Reason)
        {
            db.ComplianceChanges.Add(new ComplianceChange
            {
                Id = Guid.CreateVersion7(), ComputerId = computer.Id, UnitId = computer.UnitId, RuleId = verdict.RuleId, At = now, AsOf = asOf,
                OldStatus = oldStatus, NewStatus = verdict.Status, Remediation = verdict.Remediation, Reason = verdict.Reason,
                EvidenceJson = evidence, DataObservedAt = verdict.DataObservedAt, Fingerprint = policy.Fingerprint,
            });
        }

        if (oldStatus != verdict.Status)
        {
            result.Since = now;
        }

        result.UnitId = computer.UnitId;
        result.Status = verdict.Status;
        result.Remediation = verdict.Remediation;
        result.Reason = verdict.Reason;
        result.EvidenceJson = evidence;
        result.DataObservedAt = verdict.DataObservedAt;
        result.AsOf = asOf;
        result.Fingerprint = policy.Fingerprint;
        result.EvaluatedAt = now;
        return result;
    }

    /// <summary>Stored verdicts plus those added earlier in this unit of work (a re-evaluation before the save).</summary>
    private async Task<Dictionary<Guid, List<ComplianceResult>>> LoadResultsAsync(List<Computer> live, List<Guid> stored, CancellationToken ct)
    {
        var ids = live.Select(c => c.Id).ToHashSet();
        var rows = stored.Count == 0 ? [] : await db.ComplianceResults.Where(r => stored.Contains(r.ComputerId)).ToListAsync(ct);
        rows.AddRange(db.Tracked<ComplianceResult>().Where(r => ids.Contains(r.ComputerId) && !rows.Contains(r)));
        return rows.Where(r => db.StateOf(r) != EntityState.Deleted).GroupBy(r => r.ComputerId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Open and cancelled items of these computers, and open items they are the replacement for.</summary>
    private async Task<List<RemediationItem>> LoadItemsAsync(List<Computer> live, List<Guid> stored, CancellationToken ct)
    {
        var ids = live.Select(c => c.Id).ToHashSet();
        var rows = new List<RemediationItem>();
        if (stored.Count > 0)
        {
            rows = await db.RemediationItems
                .Where(i => (i.ComputerId != null && stored.Contains(i.ComputerId.Value) && i.Status != RemediationStatus.Verified) ||
                            (i.ReplacementComputerId != null && stored.Contains(i.ReplacementComputerId.Value) &&
                             i.Status != RemediationStatus.Verified && i.Status != RemediationStatus.Cancelled))
                .ToListAsync(ct);
        }

        rows.AddRange(db.Tracked<RemediationItem>().Where(i => ((i.ComputerId is { } c && ids.Contains(c)) || (i.ReplacementComputerId is { } r && ids.Contains(r))) && !rows.Contains(i)));

        // A replaced computer may sit in a unit this caller cannot change; the evaluation job verifies its item later.
        return rows.FindAll(i => db.Access.Scope.CanWrite(i.UnitId));
    }
}
