using Vigil.Domain.Compliance;

namespace Vigil.Domain.Tests.Compliance;

public class PatchSmbAndFreshnessTests
{
    [Fact]
    public void Ms17010_follows_the_catalog()
    {
        var patched = Pcs.Verdict(Pcs.Windows7, "ms17-010");
        var missing = Pcs.Verdict(Pcs.Windows7 with { Hotfixes = ["KB2533552"] }, "ms17-010");
        var unknown = Pcs.Verdict(Pcs.Windows7 with { Hotfixes = null }, "ms17-010");
        var laterRollupOnly = Pcs.Verdict(Pcs.Windows7 with { Hotfixes = ["KB2533552", "KB5022338"] }, "ms17-010");
        var windows11 = Pcs.Verdict(Pcs.Windows11 with { Hotfixes = null }, "ms17-010");
        var linux = Pcs.Verdict(Pcs.Ubuntu("24.04"), "ms17-010");

        Assert.Equal((ComplianceStatus.Pass, VerdictReasons.Ms17010Patched), (patched.Status, patched.Reason));
        Assert.Contains("KB4012212", patched.Evidence("patch"), StringComparison.Ordinal);
        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.Ms17010Missing, RemediationKind.InstallPatch), (missing.Status, missing.Reason, missing.Remediation));
        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.Ms17010Unknown), (unknown.Status, unknown.Reason));
        Assert.Equal((ComplianceStatus.Unknown, RemediationKind.None), (laterRollupOnly.Status, laterRollupOnly.Remediation));
        Assert.Contains("KB5022338", laterRollupOnly.Evidence("patch"), StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.Pass, windows11.Status);
        Assert.Equal((ComplianceStatus.NotApplicable, "Linux"), (linux.Status, linux.Evidence("os_family")));
    }

    [Fact]
    public void Smb1_server_state()
    {
        Assert.Equal((ComplianceStatus.Fail, RemediationKind.DisableSmb1), (Pcs.Verdict(Pcs.Windows7, "smb1-disabled").Status, Pcs.Verdict(Pcs.Windows7, "smb1-disabled").Remediation));
        Assert.Equal(ComplianceStatus.Pass, Pcs.Verdict(Pcs.Windows10, "smb1-disabled").Status);
        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.Smb1Unknown), (Pcs.Verdict(Pcs.Windows10 with { Smb1Enabled = null }, "smb1-disabled").Status, Pcs.Verdict(Pcs.Windows10 with { Smb1Enabled = null }, "smb1-disabled").Reason));
        Assert.Equal(ComplianceStatus.Pass, Pcs.Verdict(Pcs.Ubuntu("24.04"), "smb1-disabled").Status);
    }

    [Theory]
    [InlineData(30, ComplianceStatus.Pass, VerdictReasons.DataFresh)]
    [InlineData(31, ComplianceStatus.Fail, VerdictReasons.DataStale)]
    public void Data_is_stale_after_thirty_whole_days(int days, ComplianceStatus status, string reason)
    {
        var verdict = Pcs.Verdict(Pcs.Windows10, "fresh-data", DateOnly.FromDateTime(Pcs.Observed).AddDays(days));

        Assert.Equal((status, reason), (verdict.Status, verdict.Reason));
        Assert.Equal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), verdict.Evidence("age_days"));
        Assert.Equal(status == ComplianceStatus.Fail ? RemediationKind.RefreshInventory : RemediationKind.None, verdict.Remediation);
    }
}
