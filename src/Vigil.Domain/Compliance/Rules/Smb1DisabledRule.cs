namespace Vigil.Domain.Compliance.Rules;

/// <summary>smb1-disabled: the SMB server no longer accepts SMBv1.</summary>
internal sealed class Smb1DisabledRule(PolicyRule rule) : CompiledRule(rule)
{
    private static readonly EvidenceFact[] Disabled = [new("smb1_server", "disabled")];
    private static readonly EvidenceFact[] Enabled = [new("smb1_server", "enabled")];
    private static readonly EvidenceFact[] NotReported = [new("smb1_server", "not reported")];

    protected override RuleVerdict Judge(ref Evaluation e) => e.Facts.Smb1Enabled switch
    {
        false => Verdict(in e, ComplianceStatus.Pass, VerdictReasons.Smb1Disabled, Disabled),
        true => Verdict(in e, ComplianceStatus.Fail, VerdictReasons.Smb1Enabled, Enabled, RemediationKind.DisableSmb1),
        null => Verdict(in e, ComplianceStatus.Unknown, VerdictReasons.Smb1Unknown, NotReported),
    };
}
