using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>ms17-010: a fixing or superseding update is installed, or the build is at or above the fixed one (Ms17010Catalog).</summary>
internal sealed class Ms17010Rule(PolicyRule rule) : CompiledRule(rule)
{
    protected override RuleVerdict Judge(ref Evaluation e)
    {
        var facts = e.Facts;
        if (facts.OsFamily != OsFamily.Windows)
        {
            // Only Windows has MS17-010; a pack that widens the rule's families gets NotApplicable for the rest.
            return facts.OsFamily == OsFamily.Unknown
                ? Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.OsMissing, Evidence.None)
                : Verdict(in e, ComplianceStatus.NotApplicable, VerdictReasons.NotApplicable, [new("os_family", facts.OsFamily.ToString())]);
        }

        var (check, patch) = e.Lookups.Ms17010(facts);
        var os = e.Os.Os;
        EvidenceFact[] evidence = patch is not null ? [os, patch] : [os];
        return check.State switch
        {
            PatchState.Patched => Verdict(in e, ComplianceStatus.Pass, VerdictReasons.Ms17010Patched, evidence),
            PatchState.NotAffected => Verdict(in e, ComplianceStatus.Pass, VerdictReasons.Ms17010NotAffected, evidence),
            PatchState.Missing => Verdict(in e, ComplianceStatus.Fail, VerdictReasons.Ms17010Missing, evidence, RemediationKind.InstallPatch),
            _ => Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.Ms17010Unknown, evidence),
        };
    }
}
