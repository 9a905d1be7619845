using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance;

/// <summary>The triage decision table of docs/compliance.md, row by row.</summary>
public class UpgradeTriageTests
{
    private static readonly DateOnly BeforeWindows10End = new(2025, 6, 2);

    [Fact]
    public void Fourth_generation_i3_reaches_windows_10_only_and_is_replaced_once_windows_10_ended()
    {
        var verdict = Pcs.Verdict(Pcs.Windows7, "upgrade-triage");

        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.TriageReplaceTargetUnsupported, RemediationKind.Replace),
            (verdict.Status, verdict.Reason, verdict.Remediation));
        Assert.Equal("windows10", verdict.Evidence("target"));
        Assert.Equal("no", verdict.Evidence("windows11_cpu"));
        Assert.Equal("yes", verdict.Evidence("baseline_cpu"));
        Assert.Equal("2025-10-14", verdict.Evidence("windows10_end_of_support"));
        Assert.Equal("Core i3 gen 4, 4 GB RAM, 120 GB SSD", verdict.Evidence("baseline"));
    }

    [Fact]
    public void Before_windows_10_ended_the_same_pc_is_reinstalled()
    {
        var verdict = Pcs.Verdict(Pcs.Windows7, "upgrade-triage", BeforeWindows10End);

        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.TriageReinstall, RemediationKind.ReinstallOs), (verdict.Status, verdict.Reason, verdict.Remediation));
        Assert.Equal("windows10", verdict.Evidence("target"));
    }

    [Fact]
    public void Missing_parts_are_named()
    {
        var facts = Pcs.Windows7 with { RamMb = 2048, LargestSsdGb = 0, TotalDiskGb = 500 };

        var verdict = Pcs.Verdict(facts, "upgrade-triage", BeforeWindows10End);

        Assert.Equal((VerdictReasons.TriageUpgradeParts, RemediationKind.UpgradePartsThenReinstall), (verdict.Reason, verdict.Remediation));
        Assert.Equal("4", verdict.Evidence("add_ram_to_gb"));
        Assert.Equal("120", verdict.Evidence("add_ssd_gb"));
    }

    [Fact]
    public void Eighth_generation_i5_reaches_windows_11_with_firmware_settings_to_switch_on()
    {
        var facts = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", TpmVersion = "none", Uefi = false, SecureBoot = false };

        var verdict = Pcs.Verdict(facts, "upgrade-triage");

        Assert.Equal((VerdictReasons.TriageReinstall, RemediationKind.ReinstallOs), (verdict.Reason, verdict.Remediation));
        Assert.Equal("windows11", verdict.Evidence("target"));
        Assert.Equal("tpm_2.0, uefi, secure_boot", verdict.Evidence("firmware_to_enable"));
    }

    [Fact]
    public void Strict_firmware_mode_needs_tpm_2_reported()
    {
        var site = PolicyPackParser.Parse("pack: site\nversion: 1\nextends: directive-xp7\nrules:\n  - id: upgrade-triage\n    parameters: {windows11_firmware: strict}\n", "site.yaml").Value!;
        var strict = Pcs.Compile(PolicyPacks.WithOverride(PolicyPacks.Default, site).Value!);
        var facts = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", TpmVersion = "1.2", Uefi = true, SecureBoot = true };

        var verdict = Pcs.Verdict(facts, "upgrade-triage", policy: strict);
        var unreported = Pcs.Verdict(facts with { TpmVersion = null }, "upgrade-triage", policy: strict);

        Assert.Equal((VerdictReasons.TriageReplaceTargetUnsupported, "windows10"), (verdict.Reason, verdict.Evidence("target")));
        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.TriageFirmwareUnknown), (unreported.Status, unreported.Reason));
    }

    [Theory]
    [InlineData(4096, null)]
    [InlineData(4000, null)] // "3.9 GB": a 4 GB machine with memory reserved for graphics
    [InlineData(3687, null)] // 90 % of 4096, the tolerance's edge
    [InlineData(3686, "4")]
    [InlineData(3072, "4")]
    public void Ram_counts_with_a_ten_percent_tolerance(int ramMb, string? addRam)
    {
        var facts = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", RamMb = ramMb };

        var verdict = Pcs.Verdict(facts, "upgrade-triage");

        Assert.Equal(addRam, verdict.Evidence("add_ram_to_gb"));
        Assert.Equal(addRam is null ? RemediationKind.ReinstallOs : RemediationKind.UpgradePartsThenReinstall, verdict.Remediation);
    }

    [Theory]
    [InlineData(120L, null)]
    [InlineData(128L, null)] // sold as "128 GB"
    [InlineData(111L, null)] // a 120 GB SSD counted in GiB
    [InlineData(108L, null)]
    [InlineData(107L, "120")]
    [InlineData(64L, "120")]
    [InlineData(0L, "120")] // every disk known, none solid-state
    public void Ssd_counts_with_the_same_tolerance(long ssdGb, string? addSsd)
    {
        var facts = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", LargestSsdGb = ssdGb };

        var verdict = Pcs.Verdict(facts, "upgrade-triage");

        Assert.Equal(addSsd, verdict.Evidence("add_ssd_gb"));
    }

    [Theory]
    [InlineData("Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz")]
    [InlineData("Intel(R) Pentium(R) CPU G3220 @ 3.00GHz")] // Haswell, but a Pentium is not "Core i3 or better"
    [InlineData("Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz")]
    [InlineData("AMD Athlon(tm) II X2 250 Processor")]
    public void Processors_below_the_baseline_are_replaced(string cpu)
    {
        var verdict = Pcs.Verdict(Pcs.Windows7 with { CpuModel = cpu }, "upgrade-triage", BeforeWindows10End);

        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.TriageReplace, RemediationKind.Replace), (verdict.Status, verdict.Reason, verdict.Remediation));
        Assert.Equal("none", verdict.Evidence("target"));
    }

    [Theory]
    [InlineData("AMD Ryzen 5 1600 Six-Core Processor")]
    [InlineData("Intel(R) Xeon(R) CPU E3-1230 v3 @ 3.30GHz")]
    [InlineData("Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz")]
    public void Baseline_processors_not_on_the_windows_11_list_reach_windows_10(string cpu)
    {
        var verdict = Pcs.Verdict(Pcs.Windows7 with { CpuModel = cpu }, "upgrade-triage", BeforeWindows10End);

        Assert.Equal((VerdictReasons.TriageReinstall, "windows10"), (verdict.Reason, verdict.Evidence("target")));
    }

    [Fact]
    public void A_higher_baseline_generation_moves_the_line()
    {
        var site = PolicyPackParser.Parse("pack: site\nversion: 1\nextends: directive-xp7\nrules:\n  - id: upgrade-triage\n    parameters: {baseline_core_generation: 6}\n", "site.yaml").Value!;
        var policy = Pcs.Compile(PolicyPacks.WithOverride(PolicyPacks.Default, site).Value!);

        var verdict = Pcs.Verdict(Pcs.Windows7, "upgrade-triage", BeforeWindows10End, policy);

        Assert.Equal(VerdictReasons.TriageReplace, verdict.Reason);
        Assert.Equal("Core i3 gen 6, 4 GB RAM, 120 GB SSD", verdict.Evidence("baseline"));
    }

    [Fact]
    public void Missing_facts_make_the_triage_unknown()
    {
        var win11Cpu = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz" };

        Assert.Equal(VerdictReasons.TriageCpuUnknown, Pcs.Verdict(Pcs.Windows7 with { CpuModel = null }, "upgrade-triage").Reason);
        Assert.Equal(VerdictReasons.TriageCpuUnknown, Pcs.Verdict(Pcs.Windows7 with { CpuModel = "QEMU Virtual CPU version 2.5+" }, "upgrade-triage").Reason);
        Assert.Equal(VerdictReasons.TriageRamUnknown, Pcs.Verdict(win11Cpu with { RamMb = null }, "upgrade-triage").Reason);
        Assert.Equal(VerdictReasons.TriageDiskUnknown, Pcs.Verdict(win11Cpu with { LargestSsdGb = null }, "upgrade-triage").Reason);
        Assert.All(new[] { Pcs.Windows7 with { CpuModel = null }, win11Cpu with { RamMb = null } },
            f => Assert.Equal(ComplianceStatus.Unknown, Pcs.Verdict(f, "upgrade-triage").Status));
    }

    [Fact]
    public void A_core_2_duo_is_replaced_even_when_ram_and_disk_are_unknown()
    {
        var facts = Pcs.Windows7 with { CpuModel = "Intel(R) Core(TM)2 Duo CPU E8400 @ 3.00GHz", RamMb = null, LargestSsdGb = null };

        Assert.Equal(RemediationKind.Replace, Pcs.Verdict(facts, "upgrade-triage").Remediation);
    }

    [Fact]
    public void Supported_servers_and_linux_need_no_triage()
    {
        var supported = Pcs.Verdict(Pcs.Windows11, "upgrade-triage");
        var server = Pcs.Verdict(Pcs.Windows7 with { OsName = "Microsoft Windows Server 2008 R2 Standard", OsRelease = "Windows Server 2008 R2" }, "upgrade-triage");
        var linux = Pcs.Verdict(Pcs.Ubuntu("18.04"), "upgrade-triage");
        var esu = Pcs.Verdict(Pcs.Windows10 with { EsuUntil = new DateOnly(2026, 10, 13) }, "upgrade-triage");

        Assert.Equal((ComplianceStatus.NotApplicable, VerdictReasons.TriageNotNeeded), (supported.Status, supported.Reason));
        Assert.Equal((ComplianceStatus.NotApplicable, VerdictReasons.TriageServer), (server.Status, server.Reason));
        Assert.Equal((ComplianceStatus.NotApplicable, VerdictReasons.NotApplicable, "Linux"), (linux.Status, linux.Reason, linux.Evidence("os_family")));
        Assert.Equal(VerdictReasons.TriageNotNeeded, esu.Reason);
    }

    [Theory]
    [InlineData("2025-10-14", ComplianceStatus.NotApplicable, RemediationKind.None)]
    [InlineData("2025-10-15", ComplianceStatus.Fail, RemediationKind.ReinstallOs)]
    public void Windows_10_on_a_windows_11_pc_is_triaged_from_the_day_after_its_end(string asOf, ComplianceStatus status, RemediationKind remediation)
    {
        var verdict = Pcs.Verdict(Pcs.Windows10, "upgrade-triage", DateOnly.Parse(asOf));

        Assert.Equal((status, remediation), (verdict.Status, verdict.Remediation));
    }

    [Fact]
    public void Unknown_family_is_unknown()
    {
        var verdict = Pcs.Verdict(Pcs.Windows7 with { OsFamily = OsFamily.Unknown }, "upgrade-triage");

        Assert.Equal((ComplianceStatus.Unknown, VerdictReasons.OsMissing), (verdict.Status, verdict.Reason));
    }
}
