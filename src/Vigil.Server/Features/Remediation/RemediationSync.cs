using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// Keeps remediation in step with verdicts, inside the evaluation's unit of work. A failing verdict with a kind of
/// work opens an item (unless one is open, or a person cancelled one since the rule started failing); a passing or
/// no-longer-applicable verdict verifies the open item, with the verdict and its report time as the evidence. A
/// replacement verifies the retired computer's "replace" item when the same rule passes on it or no longer applies to
/// it (a computer on a supported OS needs no upgrade triage).
/// </summary>
internal sealed class RemediationSync(VigilDbContext db, List<RemediationItem> items, DateTime now, int dueDays)
{
    /// <summary>The actor of steps taken by evaluation rather than by a person.</summary>
    public const string EvaluationActor = "evaluation";

    public void Apply(Computer computer, RuleVerdict verdict, ComplianceResult result, DateOnly asOf)
    {
        var mine = items.Where(i => i.ComputerId == computer.Id && i.RuleId == verdict.RuleId).ToList();
        var open = mine.Find(i => i.IsOpen);
        var record = new VerdictRecord(computer.Id, computer.Hostname, verdict.RuleId, verdict.Status, verdict.Reason, verdict.Evidence,
            verdict.DataObservedAt, asOf, result.Fingerprint);
        if (verdict.Status == ComplianceStatus.Fail && verdict.Remediation != RemediationKind.None)
        {
            if (open is null)
            {
                // A person's cancellation holds until the rule passes and fails again.
                if (!mine.Exists(i => i.Status == RemediationStatus.Cancelled && i.ClosedAt >= result.Since))
                {
                    Open(computer, verdict, record, asOf);
                }
            }
            else if (open.Kind != verdict.Remediation && open.ReplacementComputerId is null)
            {
                AddEvent(open, RemediationEventKind.KindChanged, null, null, $"{open.Kind} → {verdict.Remediation}", record);
                open.Kind = verdict.Remediation;
                open.Reason = verdict.Reason;
                open.UpdatedAt = now;
            }
        }
        else if ((verdict.Status is ComplianceStatus.Pass or ComplianceStatus.NotApplicable) && open is not null)
        {
            Verify(open, record);
        }

        if (verdict.Status is ComplianceStatus.Pass or ComplianceStatus.NotApplicable)
        {
            foreach (var replaced in items.Where(i => i.IsOpen && i.ReplacementComputerId == computer.Id && i.RuleId == verdict.RuleId).ToList())
            {
                Verify(replaced, record);
            }
        }
    }

    private void Open(Computer computer, RuleVerdict verdict, VerdictRecord record, DateOnly asOf)
    {
        var item = new RemediationItem
        {
            Id = Guid.CreateVersion7(),
            ComputerId = computer.Id,
            UnitId = computer.UnitId,
            RuleId = verdict.RuleId,
            Kind = verdict.Remediation,
            Status = RemediationStatus.Planned,
            Reason = verdict.Reason,
            DueOn = asOf.AddDays(dueDays),
            CreatedAt = now,
            CreatedBy = EvaluationActor,
            UpdatedAt = now,
        };
        db.RemediationItems.Add(item);
        items.Add(item);
        AddEvent(item, RemediationEventKind.Created, null, RemediationStatus.Planned, verdict.Reason, record);
    }

    private void Verify(RemediationItem item, VerdictRecord record)
    {
        AddEvent(item, RemediationEventKind.Verified, item.Status, RemediationStatus.Verified, record.Reason, record);
        item.Status = RemediationStatus.Verified;
        item.ClosedAt = now;
        item.UpdatedAt = now;
    }

    private void AddEvent(RemediationItem item, RemediationEventKind kind, RemediationStatus? from, RemediationStatus? to, string? text, VerdictRecord record) =>
        db.RemediationEvents.Add(new RemediationEvent
        {
            Id = Guid.CreateVersion7(),
            ItemId = item.Id,
            UnitId = item.UnitId,
            At = now,
            Actor = EvaluationActor,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            Text = text,
            DataJson = record.ToJson(),
        });
}
