using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// A rule ready to evaluate: parameters parsed, applicability turned into flags. Evaluation allocates the verdict
/// and its evidence only; everything that does not depend on the computer was prepared here.
/// </summary>
internal abstract class CompiledRule
{
    private static readonly EvidenceFact[] Personal = [new("computer", "personal")];
    private static readonly EvidenceFact[] Organisation = [new("computer", "organisation")];
    private static readonly EvidenceFact[][] Families = CreateFamilyEvidence();

    private readonly int _families;
    private readonly bool _organisation;
    private readonly bool _personal;
    private readonly HashSet<string>? _releases;

    protected CompiledRule(PolicyRule rule)
    {
        Rule = rule;
        Id = rule.Id;
        foreach (var family in rule.AppliesTo.OsFamilies)
        {
            _families |= 1 << (int)family;
        }

        _organisation = rule.AppliesTo.Organisation;
        _personal = rule.AppliesTo.Personal;
        _releases = rule.AppliesTo.OsReleases.Count == 0 ? null : new HashSet<string>(rule.AppliesTo.OsReleases, StringComparer.OrdinalIgnoreCase);
    }

    public PolicyRule Rule { get; }

    public string Id { get; }

    public RuleVerdict Evaluate(ref Evaluation e)
    {
        var facts = e.Facts;
        if (facts.IsPersonal ? !_personal : !_organisation)
        {
            return Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.NotApplicable, facts.IsPersonal ? Personal : Organisation);
        }

        if (_families != 0 && (_families & (1 << (int)facts.OsFamily)) == 0)
        {
            return facts.OsFamily == OsFamily.Unknown
                ? Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.OsMissing, Evidence.None)
                : Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.NotApplicable, Families[(int)facts.OsFamily]);
        }

        if (_releases is not null)
        {
            if (facts.OsRelease is null)
            {
                return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.OsMissing, Evidence.None);
            }

            if (!_releases.Contains(facts.OsRelease))
            {
                return Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.NotApplicable, [new("os_release", facts.OsRelease)]);
            }
        }

        return Judge(ref e);
    }

    /// <summary>Whether the rule's applicability covers the computer (without judging it).</summary>
    public bool Covers(ComplianceFacts facts) =>
        (facts.IsPersonal ? _personal : _organisation)
        && (_families == 0 || (_families & (1 << (int)facts.OsFamily)) != 0)
        && (_releases is null || (facts.OsRelease is not null && _releases.Contains(facts.OsRelease)));

    protected abstract RuleVerdict Judge(ref Evaluation e);

    protected RuleVerdict Verdict(in Evaluation e, ComplianceStatus status, string reason, IReadOnlyList<EvidenceFact> evidence,
        RemediationKind remediation = RemediationKind.None) =>
        new(Id, status, remediation, reason, evidence, e.Facts.ObservedAt == default ? null : e.Facts.ObservedAt);

    private static EvidenceFact[][] CreateFamilyEvidence()
    {
        var values = Enum.GetValues<OsFamily>();
        var evidence = new EvidenceFact[values.Max(v => (int)v) + 1][];
        foreach (var family in values)
        {
            evidence[(int)family] = [new EvidenceFact("os_family", family.ToString())];
        }

        return evidence;
    }
}
