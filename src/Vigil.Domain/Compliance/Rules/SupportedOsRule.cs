using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// supported-os: the OS is within its last day of free security updates, or the computer's recorded ESU exception
/// covers the day. When an upgrade-triage rule covers the computer, the triage verdict carries the remediation
/// (reinstall, upgrade parts or replace) and this one carries none, so a computer does not get two contradicting items.
/// </summary>
internal sealed class SupportedOsRule(PolicyRule rule, RuleParameters parameters) : CompiledRule(rule)
{
    private readonly bool _allowEsu = parameters.Bool("allow_esu");

    public UpgradeTriageRule? Triage { get; set; }

    protected override RuleVerdict Judge(ref Evaluation e)
    {
        var facts = e.Facts;
        if (facts.OsFamily == OsFamily.Unknown && facts.OsName is null && facts.OsRelease is null)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.OsMissing, Evidence.None);
        }

        var os = e.Os;
        if (os.Entry is null)
        {
            return Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.OsNotInCatalog, [os.Os]);
        }

        if (os.IsSupportedOn(e.AsOf))
        {
            return Verdict(in e, ComplianceStatus.Pass, VerdictReasons.OsSupported, [os.Os, os.EndOfSupport!]);
        }

        if (_allowEsu && facts.EsuUntil is { } esu && esu >= e.AsOf)
        {
            return Verdict(in e, ComplianceStatus.Pass, VerdictReasons.OsEsuException, [os.Os, os.EndOfSupport!, SharedEvidence.EsuUntil.Of(esu)]);
        }

        var remediation = Triage?.Handles(ref e) == true ? RemediationKind.None : RemediationKind.ReinstallOs;
        EvidenceFact[] evidence = facts.EsuUntil is { } expired
            ? [os.Os, os.EndOfSupport!, SharedEvidence.EsuUntil.Of(expired)]
            : [os.Os, os.EndOfSupport!];
        return Verdict(in e, ComplianceStatus.Fail, VerdictReasons.OsUnsupported, evidence, remediation);
    }
}
