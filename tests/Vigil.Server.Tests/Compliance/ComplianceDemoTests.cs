using System.Net.Http.Json;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Compliance;

/// <summary>The demo start evaluates its inventory: a compliance picture a province would recognise.</summary>
public sealed class ComplianceDemoTests
{
    [Fact]
    public async Task The_demo_shows_failures_work_under_way_verified_fixes_esu_and_a_trend()
    {
        await using var server = await TestServer.StartAsync("--demo");
        using var admin = await server.ApiClientAsync("admin");

        var summary = (await admin.GetFromJsonAsync<ComplianceSummaryDto>("/api/v1/compliance/summary"))!;
        Assert.True(summary.Computers >= 400, $"{summary.Computers} computers evaluated");
        var supported = Assert.Single(summary.Rules, r => r.RuleId == "supported-os");
        Assert.True(supported.Fail > 50 && supported.Pass > 50, $"supported-os: {supported.Pass} pass, {supported.Fail} fail");
        Assert.True(supported.Pass + supported.Fail + supported.Unknown + supported.NotApplicable == summary.Computers);
        Assert.Contains(summary.Rules, r => r.RuleId == "anti-malware" && r.Fail > 0 && r.Pass > 0);
        Assert.Contains(summary.Rules, r => r.RuleId == "fresh-data" && r.Fail > 0);

        var items = (await admin.GetFromJsonAsync<RemediationListDto>("/api/v1/remediation"))!;
        foreach (var status in new[] { "Planned", "InProgress", "Done", "Verified" })
        {
            Assert.Contains(items.ByStatus, c => c.Key == status && c.Count > 0);
        }

        var replace = (await admin.GetFromJsonAsync<RemediationListDto>("/api/v1/remediation?kind=Replace&open=true"))!;
        Assert.True(replace.Total > 10, $"{replace.Total} computers to replace");
        Assert.Contains(replace.Items, i => i.Owner is not null);

        var trend = (await admin.GetFromJsonAsync<ComplianceTrendDto>("/api/v1/compliance/trend"))!;
        var days = trend.Points.Where(p => p.RuleId == "supported-os").OrderBy(p => p.Day).ToList();
        Assert.Equal(30, days.Count);
        Assert.True(days[0].Fail > days[^1].Fail, "failures fall over the weeks");

        using var coordinator = await server.ApiClientAsync("dieuphoi.dienbien");
        var province = (await coordinator.GetFromJsonAsync<ComplianceSummaryDto>("/api/v1/compliance/summary"))!;
        Assert.True(province.Computers < summary.Computers, "a coordinator counts only their province");
        var esu = await server.WithSystemDbAsync(db => Task.FromResult(db.EsuExceptions.Count()));
        Assert.True(esu > 0, "some Windows 10 computers have extended security updates");
    }
}
