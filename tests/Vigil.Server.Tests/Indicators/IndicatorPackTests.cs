using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Compliance;
using Vigil.Server.Tests.Directives;
using Vigil.Storage;

namespace Vigil.Server.Tests.Indicators;

/// <summary>
/// A province publishes a pack to commune A for a WannaCry directive: A reads it and records its deployment (the
/// directive's figure counts it), B sees none of it; A's firewall pulls a feed with ETag revalidation.
/// </summary>
public sealed class IndicatorPackTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Pack_PublishedToSubtree_Deployed_Counted_And_Fed(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var w = host.World;
        using var province = await host.ApiAsync("coord.p");
        using var officerA = await host.ApiAsync("officer.a");
        using var officerB = await host.ApiAsync("secretb.officer");

        // The province's list, with the private address left flagged (no override): stored, never fed.
        var batch = await IndicatorHost.ImportAsync(province, w.Province.Id, IndicatorHost.Letter);
        var directive = await DirectiveHost.CreateAsync(host, w.Province.Id, "wannacry-c2", host.Local(3));
        var created = await IndicatorHost.OkAsync<PackSummaryDto>(await province.PostAsJsonAsync("/api/v1/indicator-packs",
            new PackCreateDto(w.Province.Id, w.A.Id, null, "CV 144 WannaCry", "WannaCry", "VNCERT", directive.Id, null, batch.BatchId, null, null)));
        Assert.Equal(5, created.Indicators);
        Assert.Null(created.PublishedAt);
        Assert.DoesNotContain(await IndicatorHost.OkAsync<List<PackSummaryDto>>(await officerA.GetAsync("/api/v1/indicator-packs")), p => p.Id == created.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await officerA.PostAsync($"/api/v1/indicator-packs/{created.Id}/publish", null)).StatusCode);
        var published = await IndicatorHost.OkAsync<PackSummaryDto>(await province.PostAsync($"/api/v1/indicator-packs/{created.Id}/publish", null));
        Assert.NotNull(published.PublishedAt);

        // A (inside the subtree) reads the pack but cannot change it; B (outside) cannot even see it.
        var seen = Assert.Single(await IndicatorHost.OkAsync<List<PackSummaryDto>>(await officerA.GetAsync("/api/v1/indicator-packs")), p => p.Id == created.Id);
        Assert.False(seen.Manageable);
        var detail = await IndicatorHost.OkAsync<PackDetailDto>(await officerA.GetAsync($"/api/v1/indicator-packs/{created.Id}"));
        Assert.Equal(5, detail.Indicators.Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerA.PostAsync($"/api/v1/indicator-packs/{created.Id}/publish", null)).StatusCode);
        Assert.DoesNotContain(await IndicatorHost.OkAsync<List<PackSummaryDto>>(await officerB.GetAsync("/api/v1/indicator-packs")), p => p.Id == created.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/v1/indicator-packs/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/v1/indicators/{detail.Indicators[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/v1/indicators/export?format=ip-list&pack={created.Id}")).StatusCode);

        // Deployments: A records its own; not B's, and B cannot record on A's pack.
        var forB = await officerA.PostAsJsonAsync($"/api/v1/indicator-packs/{created.Id}/deployments", new PackDeploymentWriteDto(w.B.Id, "firewall", "FortiGate", null, null));
        Assert.Equal(HttpStatusCode.NotFound, forB.StatusCode);
        var byB = await officerB.PostAsJsonAsync($"/api/v1/indicator-packs/{created.Id}/deployments", new PackDeploymentWriteDto(w.B.Id, "firewall", "FortiGate", null, null));
        Assert.Equal(HttpStatusCode.NotFound, byB.StatusCode);
        var noKind = await officerA.PostAsJsonAsync($"/api/v1/indicator-packs/{created.Id}/deployments", new PackDeploymentWriteDto(w.A.Id, "router", "x", null, null));
        Assert.Equal("pack.deploy_kind", await IndicatorHost.ErrorCodeAsync(noKind));
        var deployed = await IndicatorHost.OkAsync<PackDeploymentDto>(await officerA.PostAsJsonAsync($"/api/v1/indicator-packs/{created.Id}/deployments",
            new PackDeploymentWriteDto(w.A.Id, "firewall", "FortiGate 60F tại UBND xã", "External threat feed", null)));
        Assert.Equal("officer.a", deployed.RecordedBy);
        var status = await IndicatorHost.OkAsync<PackDetailDto>(await province.GetAsync($"/api/v1/indicator-packs/{created.Id}"));
        Assert.True(Assert.Single(status.Units, u => u.UnitId == w.A.Id).Deployed);
        Assert.False(Assert.Single(status.Units, u => u.UnitId == w.A1.Id).Deployed);
        Assert.DoesNotContain(status.Units, u => u.UnitId == w.B.Id);

        // The directive's figure is measured from the confirmation.
        var report = await DirectiveHost.ReportAsync(host, directive.Id, w.A.Id, "officer.a");
        Assert.Equal(1, Assert.Single(report.Figures, f => f.Key == "indicator-pack-deployed").Measured);
        var reportB = await DirectiveHost.ReportAsync(host, directive.Id, w.B.Id, "coord.p");
        Assert.Equal(0, Assert.Single(reportB.Figures, f => f.Key == "indicator-pack-deployed").Measured);

        // A's feed: everything A enforces (the pack), without the flagged address and the alert-only kill switch.
        var token = await IndicatorHost.OkAsync<FeedTokenCreatedDto>(await officerA.PostAsJsonAsync("/api/v1/feed-tokens", new FeedTokenCreateDto(w.A.Id, "FortiGate", null)));
        Assert.StartsWith("vgf_", token.Secret);
        var firewall = host.Server.Anonymous();
        var ips = await firewall.GetAsync(new Uri(token.Urls["ip-list"]).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, ips.StatusCode);
        var ipText = await ips.Content.ReadAsStringAsync();
        Assert.Contains("185.220.101.1", ipText);
        Assert.DoesNotContain("10.20.30.40", ipText);
        var domains = await (await firewall.GetAsync($"/feeds/{token.Secret}/domain-list")).Content.ReadAsStringAsync();
        Assert.Contains("c2-wannacry-test.top", domains);
        Assert.DoesNotContain(IndicatorHost.KillSwitch, domains);
        var etag = ips.Headers.ETag!;
        Assert.NotNull(ips.Content.Headers.LastModified);
        var again = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{token.Secret}/ip-list");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await firewall.SendAsync(again)).StatusCode);
        var since = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{token.Secret}/ip-list");
        since.Headers.IfModifiedSince = ips.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await firewall.SendAsync(since)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await firewall.GetAsync($"/feeds/vgf_{new string('x', 43)}/ip-list")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await firewall.GetAsync($"/feeds/{token.Secret}/no-such-format")).StatusCode);

        // A format whose file has a header is stamped with the set's last change, not the request time: an hour later
        // the same set revalidates. A format of several files cannot be a feed.
        var rules = await firewall.GetAsync($"/feeds/{token.Secret}/nftables");
        Assert.Contains("185.220.101.1", await rules.Content.ReadAsStringAsync());
        host.Clock.Advance(TimeSpan.FromHours(1));
        var rulesAgain = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{token.Secret}/nftables");
        rulesAgain.Headers.IfNoneMatch.Add(rules.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await firewall.SendAsync(rulesAgain)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await firewall.GetAsync($"/feeds/{token.Secret}/suricata-datasets")).StatusCode);

        // B cannot see, revoke or mint A's tokens; A revokes and the URL goes dark.
        Assert.DoesNotContain(await IndicatorHost.OkAsync<List<FeedTokenDto>>(await officerB.GetAsync("/api/v1/feed-tokens")), t => t.Id == token.Token.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsync($"/api/v1/feed-tokens/{token.Token.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsJsonAsync("/api/v1/feed-tokens", new FeedTokenCreateDto(w.A.Id, "x", null))).StatusCode);
        await IndicatorHost.OkAsync<FeedTokenDto>(await officerA.PostAsync($"/api/v1/feed-tokens/{token.Token.Id}/revoke", null));
        Assert.Equal(HttpStatusCode.NotFound, (await firewall.GetAsync($"/feeds/{token.Secret}/ip-list")).StatusCode);
    }

    [Fact]
    public async Task BuiltInWannaCry_PublishedByCoordinator_KillSwitchesStayAlertOnly()
    {
        await using var host = await ComplianceHost.StartAsync(StorageProvider.Sqlite);
        var w = host.World;
        using var province = await host.ApiAsync("coord.p");
        using var officerA = await host.ApiAsync("officer.a");
        var refused = await officerA.PostAsJsonAsync("/api/v1/indicator-packs/built-in", new BuiltInPackDto("wannacry", w.A.Id, w.A.Id, null));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var pack = await IndicatorHost.OkAsync<PackSummaryDto>(await province.PostAsJsonAsync("/api/v1/indicator-packs/built-in", new BuiltInPackDto("wannacry", w.Province.Id, w.Province.Id, null)));
        Assert.True(pack.Indicators > 60);
        var detail = await IndicatorHost.OkAsync<PackDetailDto>(await officerA.GetAsync($"/api/v1/indicator-packs/{pack.Id}"));
        Assert.Contains(detail.Attribution, a => a.Contains("Maltrail", StringComparison.Ordinal));
        var kill = Assert.Single(detail.Indicators, i => i.Value == IndicatorHost.KillSwitch);
        Assert.Equal("AlertOnly", kill.Action);
        Assert.True(kill.AlertOnlyPinned);
        var export = await officerA.GetAsync($"/api/v1/indicators/export?format=domain-list&pack={pack.Id}");
        var text = await export.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain(IndicatorHost.KillSwitch, text);
        Assert.Contains(".", text);
    }
}
