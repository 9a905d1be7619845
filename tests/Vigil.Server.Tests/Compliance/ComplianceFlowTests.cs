using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Storage;

namespace Vigil.Server.Tests.Compliance;

/// <summary>
/// One PC's road through the directive, over real HTTP on both providers: reported on Windows 7 by OCS it fails and
/// gets remediation; on Windows 10 in 2026 it still fails (Windows 10 ended on 14/10/2025) though it passed as of
/// mid-2025; on Windows 11 its items are verified by the evaluation, with the report behind it as evidence.
/// </summary>
public sealed class ComplianceFlowTests
{
    private const string Win10 = "Microsoft Windows 10 Pro";
    private const string Win11 = "Microsoft Windows 11 Pro";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Windows7_then_10_then_11_fails_stays_open_and_is_verified(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var pc = await host.ReportWindows7ByOcsAsync();

        var win7 = await host.ComplianceAsync(pc);
        Assert.True(win7.Stored);
        Assert.Equal(host.Today, win7.AsOf);
        var supported = ComplianceHost.Verdict(win7, "supported-os");
        Assert.Equal(("Fail", "os.unsupported"), (supported.Status, supported.Reason));
        Assert.Contains(supported.Evidence, e => e.Name == "end_of_support" && e.Value == "2020-01-14");
        var triage = ComplianceHost.Verdict(win7, "upgrade-triage");
        Assert.Equal(("Fail", "Replace"), (triage.Status, triage.Remediation));
        Assert.Equal(("Fail", "InstallAntiMalware"), (ComplianceHost.Verdict(win7, "anti-malware").Status, ComplianceHost.Verdict(win7, "anti-malware").Remediation));
        var replace = Assert.Single(win7.Items, i => i.RuleId == "upgrade-triage");
        Assert.Equal(("Replace", "Planned", host.Today.AddDays(30)), (replace.Kind, replace.Status, replace.DueOn));
        var antiMalware = Assert.Single(win7.Items, i => i.RuleId == "anti-malware");
        Assert.Equal("InstallAntiMalware", antiMalware.Kind);
        Assert.DoesNotContain(win7.Items, i => i.RuleId == "supported-os");
        Assert.Contains(win7.History, h => h.RuleId == "supported-os" && h.OldStatus is null && h.NewStatus == "Fail");

        // Reinstalled with Windows 10 on new parts (the same board), now reported by the agent.
        host.Clock.Advance(TimeSpan.FromDays(2));
        var windows10 = ComplianceHost.Windows("KT-PC03", ComplianceHost.Win7Uuid, Win10, "10.0.19045", "19045", "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", windows11Ready: false)
            with { SecurityProducts = [host.BkavFor(1)] };
        Assert.Equal(pc, await host.ReportByAgentAsync(windows10));
        var win10 = await host.ComplianceAsync(pc);
        Assert.Equal(("Fail", "os.unsupported"), (ComplianceHost.Verdict(win10, "supported-os").Status, ComplianceHost.Verdict(win10, "supported-os").Reason));
        Assert.Contains(ComplianceHost.Verdict(win10, "supported-os").Evidence, e => e.Value == "2025-10-14");
        Assert.Equal(("Fail", "Replace"), (ComplianceHost.Verdict(win10, "upgrade-triage").Status, ComplianceHost.Verdict(win10, "upgrade-triage").Remediation));
        Assert.Equal("Pass", ComplianceHost.Verdict(win10, "anti-malware").Status);
        Assert.Equal("Planned", Assert.Single(win10.Items, i => i.Id == replace.Id).Status);
        Assert.Equal("Verified", Assert.Single(win10.Items, i => i.Id == antiMalware.Id).Status);

        // As of mid-2025 the same facts passed: Windows 10 was still supported then.
        var mid2025 = await host.ComplianceAsync(pc, new DateOnly(2025, 6, 1));
        Assert.False(mid2025.Stored);
        Assert.Equal(new DateOnly(2025, 6, 1), mid2025.AsOf);
        Assert.Equal("Pass", ComplianceHost.Verdict(mid2025, "supported-os").Status);
        Assert.Equal("NotApplicable", ComplianceHost.Verdict(mid2025, "upgrade-triage").Status);

        // Windows 11 on a supported processor: the replacement item is verified by this report.
        host.Clock.Advance(TimeSpan.FromDays(3));
        var windows11 = ComplianceHost.Windows("KT-PC03", ComplianceHost.Win7Uuid, Win11, "10.0.26200", "26200", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", windows11Ready: true)
            with { SecurityProducts = [host.BkavFor(1)] };
        await host.ReportByAgentAsync(windows11);
        var win11 = await host.ComplianceAsync(pc);
        Assert.Equal(("Pass", "os.supported"), (ComplianceHost.Verdict(win11, "supported-os").Status, ComplianceHost.Verdict(win11, "supported-os").Reason));
        Assert.Equal("NotApplicable", ComplianceHost.Verdict(win11, "upgrade-triage").Status);
        Assert.Equal("Verified", Assert.Single(win11.Items, i => i.Id == replace.Id).Status);
        Assert.Contains(win11.History, h => h.RuleId == "supported-os" && h.OldStatus == "Fail" && h.NewStatus == "Pass");

        using var api = await host.ApiAsync();
        var detail = (await api.GetFromJsonAsync<RemediationDetailDto>($"/api/v1/remediation/{replace.Id}"))!;
        var verified = Assert.Single(detail.Events, e => e.Kind == "Verified");
        Assert.Equal(("evaluation", "Planned", "Verified"), (verified.Actor, verified.FromStatus, verified.ToStatus));
        Assert.NotNull(verified.Verdict);
        Assert.Equal(("upgrade-triage", "NotApplicable"), (verified.Verdict!.RuleId, verified.Verdict.Status));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), verified.Verdict.DataObservedAt);
        Assert.Empty(detail.AllowedStatuses);
        Assert.Equal("Created", detail.Events[0].Kind);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Stale_signatures_open_a_fix_item_and_the_numbers_lead_to_the_computer(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var stale = ComplianceHost.Windows("A-KT05", "4C4C4544-0000-0000-0000-0000000000A5", Win11, "10.0.26200", "26200", "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", true)
            with { SecurityProducts = [host.BkavFor(10)] };
        var pc = await host.ReportByAgentAsync(stale);

        var compliance = await host.ComplianceAsync(pc);
        var verdict = ComplianceHost.Verdict(compliance, "anti-malware");
        Assert.Equal(("Fail", "antimalware.signatures_old", "FixAntiMalware"), (verdict.Status, verdict.Reason, verdict.Remediation));
        Assert.Contains(verdict.Evidence, e => e.Name == "signature_age_days" && e.Value == "10");
        var item = Assert.Single(compliance.Items);
        Assert.Equal(("anti-malware", "FixAntiMalware", "Planned"), (item.RuleId, item.Kind, item.Status));

        using var api = await host.ApiAsync();
        var summary = (await api.GetFromJsonAsync<ComplianceSummaryDto>($"/api/v1/compliance/summary?unitId={host.World.A.Id}"))!;
        Assert.Equal("current", summary.Basis);
        var antiMalware = Assert.Single(summary.Rules, r => r.RuleId == "anti-malware");
        Assert.True(antiMalware.Fail >= 1);
        var results = (await api.GetFromJsonAsync<ComplianceResultListDto>($"/api/v1/compliance/results?unitId={host.World.A.Id}&ruleId=anti-malware&status=fail"))!;
        var row = Assert.Single(results.Items, r => r.ComputerId == pc);
        Assert.Equal(("A-KT05", item.Id), (row.Hostname, row.OpenItemId));
        Assert.Equal(antiMalware.Fail, results.Total);

        // Signatures updated: the next report verifies the item.
        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.ReportByAgentAsync(stale with { SecurityProducts = [host.BkavFor(0)] });
        Assert.Equal("Verified", Assert.Single((await host.ComplianceAsync(pc)).Items).Status);
    }
}
