using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance;

public class SupportedOsRuleTests
{
    [Fact]
    public void Windows_7_fails_and_leaves_the_remediation_to_the_triage()
    {
        var verdict = Pcs.Verdict(Pcs.Windows7, "supported-os");

        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.OsUnsupported, RemediationKind.None), (verdict.Status, verdict.Reason, verdict.Remediation));
        Assert.Equal("2020-01-14", verdict.Evidence("end_of_support"));
        Assert.Contains("Windows 7", verdict.Evidence("os"), StringComparison.Ordinal);
        Assert.Equal(Pcs.Observed, verdict.DataObservedAt);
    }

    [Theory]
    [InlineData("2025-10-14", ComplianceStatus.Pass, VerdictReasons.OsSupported)]
    [InlineData("2025-10-15", ComplianceStatus.Fail, VerdictReasons.OsUnsupported)]
    public void Windows_10_ends_on_14_October_2025(string asOf, ComplianceStatus status, string reason)
    {
        var verdict = Pcs.Verdict(Pcs.Windows10, "supported-os", DateOnly.Parse(asOf));

        Assert.Equal((status, reason), (verdict.Status, verdict.Reason));
        Assert.Equal("2025-10-14", verdict.Evidence("end_of_support"));
    }

    [Theory]
    [InlineData("2026-10-13", ComplianceStatus.Pass, VerdictReasons.OsEsuException)]
    [InlineData("2026-10-14", ComplianceStatus.Fail, VerdictReasons.OsUnsupported)]
    public void An_esu_exception_counts_until_its_last_day(string asOf, ComplianceStatus status, string reason)
    {
        var facts = Pcs.Windows10 with { EsuUntil = new DateOnly(2026, 10, 13) };

        var verdict = Pcs.Verdict(facts, "supported-os", DateOnly.Parse(asOf));

        Assert.Equal((status, reason), (verdict.Status, verdict.Reason));
        Assert.Equal("2026-10-13", verdict.Evidence("esu_until"));
    }

    [Fact]
    public void Esu_can_be_refused_by_the_pack()
    {
        var site = PolicyPackParser.Parse("pack: site\nversion: 1\nextends: directive-xp7\nrules:\n  - id: supported-os\n    parameters: {allow_esu: false}\n", "site.yaml").Value!;
        var policy = Pcs.Compile(PolicyPacks.WithOverride(PolicyPacks.Default, site).Value!);

        var verdict = Pcs.Verdict(Pcs.Windows10 with { EsuUntil = new DateOnly(2026, 10, 13) }, "supported-os", policy: policy);

        Assert.Equal(ComplianceStatus.Fail, verdict.Status);
    }

    [Fact]
    public void Windows_11_and_current_ubuntu_pass()
    {
        Assert.Equal(ComplianceStatus.Pass, Pcs.Verdict(Pcs.Windows11, "supported-os").Status);
        Assert.Equal(ComplianceStatus.Pass, Pcs.Verdict(Pcs.Ubuntu("24.04"), "supported-os").Status);
    }

    [Fact]
    public void Outside_the_triage_the_os_rule_names_the_remediation()
    {
        var ubuntu = Pcs.Verdict(Pcs.Ubuntu("18.04"), "supported-os");
        var server = Pcs.Verdict(Pcs.Windows7 with { OsName = "Microsoft Windows Server 2008 R2 Standard", OsRelease = "Windows Server 2008 R2" }, "supported-os");

        Assert.Equal((ComplianceStatus.Fail, RemediationKind.ReinstallOs), (ubuntu.Status, ubuntu.Remediation));
        Assert.Equal((ComplianceStatus.Fail, RemediationKind.ReinstallOs), (server.Status, server.Remediation));
    }

    [Fact]
    public void Missing_or_unknown_os_is_unknown_never_pass()
    {
        var none = Pcs.Verdict(Pcs.Windows7 with { OsFamily = OsFamily.Unknown, OsName = null, OsRelease = null, OsVersion = null, OsBuild = null }, "supported-os");
        var strange = Pcs.Verdict(Pcs.Windows7 with { OsFamily = OsFamily.Other, OsName = "Haiku R1", OsRelease = "Haiku R1", OsVersion = null, OsBuild = null }, "supported-os");

        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.OsMissing), (none.Status, none.Reason));
        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.OsNotInCatalog), (strange.Status, strange.Reason));
    }
}
