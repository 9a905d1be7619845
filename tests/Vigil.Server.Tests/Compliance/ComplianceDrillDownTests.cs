using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Export;
using Vigil.Storage;

namespace Vigil.Server.Tests.Compliance;

/// <summary>
/// On both providers, every number of the triage breakdown is the count of the results list with the same filters
/// (the evidence is matched in SQL), and the export of that list has exactly those rows.
/// </summary>
public sealed class ComplianceDrillDownTests
{
    private const string Win10 = "Microsoft Windows 10 Pro";
    private const string Win11Cpu = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Triage_counts_match_the_results_lists_and_their_exports(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        await host.ReportWindows7ByOcsAsync();
        var ready = ComplianceHost.Windows("KT-PC11", "11111111-0000-0000-0000-000000000011", Win10, "10.0.19045", "19045", Win11Cpu, windows11Ready: true);
        await host.ReportByAgentAsync(ready);
        await host.ReportByAgentAsync(ComplianceHost.Windows("KT-PC12", "11111111-0000-0000-0000-000000000012", Win10, "10.0.19045", "19045", Win11Cpu, windows11Ready: true)
            with { RamMb = 2048 });
        await host.ReportByAgentAsync(ComplianceHost.Windows("KT-PC13", "11111111-0000-0000-0000-000000000013", Win10, "10.0.19045", "19045", Win11Cpu, windows11Ready: true)
            with { RamMb = 2048, Disks = [new("Kingston SA400S3760G", "ssd", 60)] });
        await host.EvaluateAsync();

        using var api = await host.ApiAsync("coord.a");
        var triage = (await api.GetFromJsonAsync<TriageBreakdownDto>($"/api/v1/compliance/triage?unitId={host.World.A.Id}"))!;
        Assert.Equal("upgrade-triage", triage.RuleId);
        Assert.Contains(triage.Counts, c => c is { Remediation: "ReinstallOs", Target: "windows11", Count: 1 });
        Assert.Contains(triage.Counts, c => c is { Remediation: "UpgradePartsThenReinstall", Target: "windows11", Count: 2 });
        Assert.Contains(triage.Counts, c => c.Remediation == "Replace");
        Assert.Equal((1, 0, 1), (triage.UpgradeRamOnly, triage.UpgradeSsdOnly, triage.UpgradeBoth));
        Assert.Equal(triage.Fail, triage.Counts.Sum(c => c.Count));

        var filters = triage.Counts.Select(c => ($"remediation={c.Remediation}&target={c.Target}", c.Count))
            .Append(("remediation=UpgradePartsThenReinstall&parts=ram", triage.UpgradeRamOnly))
            .Append(("remediation=UpgradePartsThenReinstall&parts=both", triage.UpgradeBoth))
            .Append(("remediation=UpgradePartsThenReinstall&parts=ssd", triage.UpgradeSsdOnly));
        foreach (var (filter, count) in filters)
        {
            var path = $"/api/v1/compliance/results?unitId={host.World.A.Id}&ruleId=upgrade-triage&status=Fail&{filter}";
            var list = (await api.GetFromJsonAsync<ComplianceResultListDto>(path))!;
            Assert.True(count == list.Total, $"{filter}: triage says {count}, the list has {list.Total}");
            Assert.All(list.Items, r => Assert.Equal("Fail", r.Status));
            var file = XlsxFile.Open(await api.GetByteArrayAsync(path + "&format=xlsx"));
            Assert.Equal(list.Items.Select(i => i.Hostname), file.Column("Tên máy"));
        }

        var upgrades = (await api.GetFromJsonAsync<ComplianceResultListDto>(
            $"/api/v1/compliance/results?ruleId=upgrade-triage&remediation=UpgradePartsThenReinstall&parts=both&q=pc13"))!;
        var pc13 = Assert.Single(upgrades.Items);
        Assert.Equal(("KT-PC13", "Windows 10", "Planned"), (pc13.Hostname, pc13.OsRelease, pc13.OpenItemStatus));
        Assert.Contains(pc13.Evidence, e => e is { Name: "add_ssd_gb", Value: "120" });

        var bad = await api.GetAsync("/api/v1/compliance/results?target=windows12");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
