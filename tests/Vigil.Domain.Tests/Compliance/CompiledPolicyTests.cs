using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance;

public class CompiledPolicyTests
{
    private static PolicyPack Override(string rules, int version = 1) =>
        PolicyPacks.WithOverride(PolicyPacks.Default, PolicyPackParser.Parse($"pack: site\nversion: {version}\nextends: directive-xp7\nrules:\n{rules}", "site.yaml").Value!).Value!;

    [Fact]
    public void Default_pack_compiles_and_gives_one_verdict_per_rule_in_pack_order()
    {
        var verdicts = Pcs.Default.Evaluate(Pcs.Windows7, Pcs.AsOf);

        Assert.Equal(PolicyPacks.Default.Rules.Select(r => r.Id), verdicts.Select(v => v.RuleId));
        Assert.Equal(Pcs.Default.RuleIds, verdicts.Select(v => v.RuleId));
        Assert.All(verdicts, v => Assert.Equal(Pcs.Observed, v.DataObservedAt));
        Assert.StartsWith("directive-xp7@1-", Pcs.Default.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_windows_7_pc()
    {
        var verdicts = Pcs.Default.Evaluate(Pcs.Windows7, Pcs.AsOf).ToDictionary(v => v.RuleId, v => (v.Status, v.Reason));

        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.OsUnsupported), verdicts["supported-os"]);
        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.TriageReplaceTargetUnsupported), verdicts["upgrade-triage"]);
        Assert.Equal((ComplianceStatus.Pass, VerdictReasons.AntiMalwareOk), verdicts["anti-malware"]);
        Assert.Equal((ComplianceStatus.Pass, "edr.installed"), verdicts["edr"]);
        Assert.Equal((ComplianceStatus.Pass, VerdictReasons.Ms17010Patched), verdicts["ms17-010"]);
        Assert.Equal((ComplianceStatus.Fail, VerdictReasons.Smb1Enabled), verdicts["smb1-disabled"]);
        Assert.Equal((ComplianceStatus.Pass, VerdictReasons.DataFresh), verdicts["fresh-data"]);
    }

    [Fact]
    public void Fingerprint_is_stable_and_changes_with_the_pack_or_its_override()
    {
        var again = Pcs.Compile(PolicyPacks.Default);
        var changed = Pcs.Compile(Override("  - id: fresh-data\n    parameters: {max_age_days: 7}\n"));
        var sameVersionOtherValue = Pcs.Compile(Override("  - id: fresh-data\n    parameters: {max_age_days: 8}\n"));

        Assert.Equal(Pcs.Default.Fingerprint, again.Fingerprint);
        Assert.NotEqual(Pcs.Default.Fingerprint, changed.Fingerprint);
        Assert.NotEqual(changed.Fingerprint, sameVersionOtherValue.Fingerprint);
    }

    [Fact]
    public void Override_changes_parameters_switches_rules_off_and_adds_rules()
    {
        var pack = Override("""
              - id: fresh-data
                parameters: {max_age_days: 7}
              - id: edr
                enabled: false
              - id: smb1-personal
                check: smb1-disabled
                title: {vi: SMBv1 máy cá nhân, en: SMBv1 on personal computers}
                severity: low
                applies_to: {computers: [personal]}
                explanation: {vi: x, en: x}
            """);
        var policy = Pcs.Compile(pack);
        var asOf = DateOnly.FromDateTime(Pcs.Observed).AddDays(8);

        var verdicts = policy.Evaluate(Pcs.Windows7, asOf);

        Assert.Equal(["supported-os", "upgrade-triage", "anti-malware", "ms17-010", "smb1-disabled", "fresh-data", "smb1-personal"], verdicts.Select(v => v.RuleId));
        Assert.Equal(ComplianceStatus.Fail, verdicts.Single(v => v.RuleId == "fresh-data").Status);
        Assert.Equal((ComplianceStatus.NotApplicable, "organisation"), (verdicts[^1].Status, verdicts[^1].Evidence("computer")));
        Assert.Equal(ComplianceStatus.Fail, policy.Evaluate(Pcs.Windows7 with { IsPersonal = true }, asOf)[^1].Status);
        Assert.Equal("site@1", pack.OverrideVersion);
        Assert.Equal("Dữ liệu kiểm kê còn mới", pack.Rules.Single(r => r.Id == "fresh-data").TitleVi);
    }

    [Theory]
    [InlineData("  - id: fresh-data\n    parameters: {max_days: 7}\n", PolicyErrors.UnknownParameter, "site.yaml:6:28: unknown parameter 'max_days' for check fresh-data")]
    [InlineData("  - id: fresh-data\n    parameters: {max_age_days: -1}\n", PolicyErrors.BadValue, "site.yaml:6:32: parameter 'max_age_days' of rule 'fresh-data':")]
    [InlineData("  - id: fresh-data\n    check: smb1-disabled\n", PolicyErrors.OverrideMismatch, "site.yaml:5:5: rule 'fresh-data' is a fresh-data check")]
    [InlineData("  - id: brand-new\n    check: smb1-disabled\n", PolicyErrors.Missing, "site.yaml:5:5: rule 'brand-new' is not in the base pack")]
    public void Override_errors_point_into_the_site_file(string rules, string code, string message)
    {
        var site = PolicyPackParser.Parse($"pack: site\nversion: 1\nextends: directive-xp7\nrules:\n{rules}", "site.yaml");
        Assert.True(site.IsSuccess, site.Error?.Message);

        var result = PolicyPacks.WithOverride(PolicyPacks.Default, site.Value!);

        Assert.Equal(code, result.Error!.Code);
        Assert.StartsWith(message, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_must_name_the_pack_it_extends()
    {
        var site = PolicyPackParser.Parse("pack: site\nversion: 1\nextends: another-pack\nrules: []\n", "site.yaml").Value!;

        var error = PolicyPacks.WithOverride(PolicyPacks.Default, site).Error!;

        Assert.Equal(PolicyErrors.OverrideMismatch, error.Code);
        Assert.StartsWith("site.yaml:3:10: the site pack 'site' must say 'extends: directive-xp7'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packs_built_in_code_are_checked_when_compiled()
    {
        var bad = PolicyPacks.Default with
        {
            Rules = [PolicyPacks.Default.Rules[^1] with { Parameters = new Dictionary<string, string> { ["max_age_days"] = "soon" } }],
        };
        var unknown = PolicyPacks.Default with { Rules = [PolicyPacks.Default.Rules[0] with { Check = "antivirus" }] };

        Assert.Equal(PolicyErrors.BadValue, CompiledPolicy.Compile(bad, ComplianceCatalogs.Default).Error!.Code);
        Assert.Equal(PolicyErrors.UnknownCheck, CompiledPolicy.Compile(unknown, ComplianceCatalogs.Default).Error!.Code);
    }

    [Fact]
    public void Os_releases_limit_a_rule()
    {
        var pack = Override("  - id: smb1-disabled\n    applies_to: {os_releases: [Windows 7]}\n");
        var policy = Pcs.Compile(pack);

        Assert.Equal(ComplianceStatus.Fail, Pcs.Verdict(Pcs.Windows7, "smb1-disabled", policy: policy).Status);
        Assert.Equal(ComplianceStatus.NotApplicable, Pcs.Verdict(Pcs.Windows10 with { Smb1Enabled = true }, "smb1-disabled", policy: policy).Status);
    }

    [Fact]
    public void Evaluation_is_the_same_from_many_threads()
    {
        var facts = Enumerable.Range(0, 64).Select(i => (i % 3) switch
        {
            0 => Pcs.Windows7 with { CpuModel = $"Intel(R) Core(TM) i5-{8400 + i} CPU" },
            1 => Pcs.Windows10 with { OsBuild = (19040 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            _ => Pcs.Ubuntu("2" + (i % 5) + ".04"),
        }).ToList();
        var expected = facts.Select(f => Describe(Pcs.Compile(PolicyPacks.Default).Evaluate(f, Pcs.AsOf))).ToList();
        var shared = Pcs.Compile(PolicyPacks.Default);

        var actual = facts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(f => Describe(shared.Evaluate(f, Pcs.AsOf))).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Facts_from_a_snapshot_keep_unknown_apart_from_no()
    {
        var snapshot = new InventorySnapshot
        {
            Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 7 Professional", Version = "6.1.7601", Build = "7601" },
            RamMb = 4_000,
            Disks = [new DiskInfo("ST500DM002", DiskKind.Hdd, 500), new DiskInfo("Kingston A400", DiskKind.Ssd, 120)],
            Software = [new SoftwareItem("Bkav EDR Agent", "1.0", "Bkav")],
        };

        var facts = ComplianceFacts.From(Guid.Empty, snapshot, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified), null);
        var hddOnly = ComplianceFacts.From(Guid.Empty, snapshot with { Disks = [new DiskInfo(null, DiskKind.Hdd, 500)] }, Pcs.Observed, null);
        var unknownKind = ComplianceFacts.From(Guid.Empty, snapshot with { Disks = [new DiskInfo(null, DiskKind.Unknown, 500)] }, Pcs.Observed, null);

        Assert.Equal(("Windows 7", 4000, 120L, 620L), (facts.OsRelease, facts.RamMb, facts.LargestSsdGb, facts.TotalDiskGb));
        Assert.Equal(DateTimeKind.Utc, facts.ObservedAt.Kind);
        Assert.Equal(["Bkav EDR Agent"], facts.InstalledSoftware!);
        Assert.False(facts.IsPersonal);
        Assert.Equal(0L, hddOnly.LargestSsdGb);
        Assert.Null(unknownKind.LargestSsdGb);
        Assert.Null(facts.SecurityProducts);
    }

    private static string Describe(IReadOnlyList<RuleVerdict> verdicts) =>
        string.Join(";", verdicts.Select(v => $"{v.RuleId}:{v.Status}:{v.Reason}:{string.Join(",", v.Evidence.Select(e => e.Name + "=" + e.Value))}"));
}
