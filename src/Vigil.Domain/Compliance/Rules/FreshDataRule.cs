namespace Vigil.Domain.Compliance.Rules;

/// <summary>fresh-data: the newest report is at most <c>max_age_days</c> whole days before the as-of day.</summary>
internal sealed class FreshDataRule(PolicyRule rule, RuleParameters parameters) : CompiledRule(rule)
{
    private readonly int _maxAgeDays = parameters.Int("max_age_days");

    protected override RuleVerdict Judge(ref Evaluation e)
    {
        var age = e.DaysSince(e.Facts.ObservedAt);
        EvidenceFact[] evidence = [SharedEvidence.ObservedAt.Of(e.Facts.ObservedAt), SharedEvidence.Age.Of(age)];
        return age <= _maxAgeDays
            ? Verdict(in e, ComplianceStatus.Pass, VerdictReasons.DataFresh, evidence)
            : Verdict(in e, ComplianceStatus.Fail, VerdictReasons.DataStale, evidence, RemediationKind.RefreshInventory);
    }
}
