using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Tests.Indicators;

/// <summary>The import wizard's API on SQLite and PostgreSQL: dry run, overrides with reasons, all-or-nothing commits, merging re-imports.</summary>
public sealed class IndicatorImportTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Import_DryRun_Override_Commit_Search_Reimport(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var w = host.World;
        using var api = await host.ApiAsync("coord.p");

        var preview = await IndicatorHost.ImportAsync(api, w.Province.Id, IndicatorHost.Letter, dryRun: true);
        Assert.False(preview.Committed);
        Assert.Equal(5, preview.Imported);
        Assert.Equal(1, preview.Rejected);
        Assert.Contains(preview.Lines, l => l.Outcome == "Rejected" && l.Line == 7 && l.Raw == "300.1.2.3");
        var privateValue = Assert.Single(preview.Values, v => v.Value == "10.20.30.40");
        Assert.Contains(privateValue.Warnings, x => x.Code == "ip.private" && x.Overridable);
        var killSwitch = Assert.Single(preview.Values, v => v.Value == IndicatorHost.KillSwitch);
        Assert.Equal("AlertOnly", killSwitch.Action);
        Assert.Contains(killSwitch.Warnings, x => x.Code == "domain.kill_switch" && !x.Overridable);
        Assert.Equal(1, preview.Flagged);
        Assert.Equal(0, await host.Server.WithSystemDbAsync(db => db.Indicators.CountAsync(i => i.UnitId == w.Province.Id)));

        // An override needs a reason; a kill switch cannot be overridden; either refusal stores nothing at all.
        var noReason = await api.PostAsync("/api/v1/indicators/import", IndicatorHost.Form(w.Province.Id, [new("Ipv4", "10.20.30.40", " ")], null, ("cv-144.txt", IndicatorHost.Letter)));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("indicator.reason_required", await IndicatorHost.ErrorCodeAsync(noReason));
        var killOverride = await api.PostAsync("/api/v1/indicators/import", IndicatorHost.Form(w.Province.Id, [new("Domain", IndicatorHost.KillSwitch, "chặn hết cho chắc")], null, ("cv-144.txt", IndicatorHost.Letter)));
        Assert.Equal("indicator.kill_switch", await IndicatorHost.ErrorCodeAsync(killOverride));
        Assert.Equal(0, await host.Server.WithSystemDbAsync(async db => await db.Indicators.CountAsync(i => i.UnitId == w.Province.Id) + await db.IndicatorImportBatches.CountAsync(b => b.UnitId == w.Province.Id)));

        var committed = await IndicatorHost.ImportAsync(api, w.Province.Id, IndicatorHost.Letter,
            overrides: [new("Ipv4", "10.20.30.40", "Máy chủ nội bộ đã bị chiếm quyền, chặn theo CV 144")]);
        Assert.True(committed.Committed);
        Assert.NotNull(committed.BatchId);
        Assert.Equal(5, committed.Created);
        var overrides = await host.Server.WithSystemDbAsync(db => db.IndicatorOverrides.AsNoTracking().ToListAsync());
        var recorded = Assert.Single(overrides);
        Assert.Equal("coord.p", recorded.OverriddenBy);
        Assert.Equal("ip.private", recorded.Codes);

        var enforced = await IndicatorHost.OkAsync<IndicatorPageDto>(await api.GetAsync($"/api/v1/indicators?enforced=true&unitId={w.Province.Id}"));
        Assert.Equal(4, enforced.Total);
        Assert.Contains(enforced.Items, i => i.Value == "185.220.101.1" && i.Type == "Ipv4");
        Assert.Contains(enforced.Items, i => i.Value == "10.20.30.40");
        Assert.Contains(enforced.Items, i => i.Value == "c2-wannacry-test.top" && i.Type == "Domain");
        Assert.Contains(enforced.Items, i => i.Type == "Url");
        var kill = Assert.Single((await IndicatorHost.OkAsync<IndicatorPageDto>(await api.GetAsync("/api/v1/indicators?value=iuqerfsodp"))).Items);
        Assert.True(kill.KillSwitch);
        Assert.False(kill.Enforced);
        var block = await api.PatchAsJsonAsync($"/api/v1/indicators/{kill.Id}", new IndicatorEditDto("Block", false, null, null));
        Assert.Equal("indicator.kill_switch", await IndicatorHost.ErrorCodeAsync(block));

        // Re-importing merges into the same rows: a second source, nothing new.
        var again = await IndicatorHost.ImportAsync(api, w.Province.Id, IndicatorHost.Letter, source: "144/VNCERT-ĐPƯC");
        Assert.Equal(0, again.Created);
        Assert.Equal(5, again.Merged);
        Assert.Equal(0, again.Flagged);
        Assert.Equal(5, await host.Server.WithSystemDbAsync(db => db.Indicators.CountAsync(i => i.UnitId == w.Province.Id)));
        var detail = await IndicatorHost.OkAsync<IndicatorDetailDto>(await api.GetAsync($"/api/v1/indicators/{enforced.Items.Single(i => i.Value == "10.20.30.40").Id}"));
        Assert.Equal(["144/VNCERT-ĐPƯC", "cv-144.txt"], detail.Indicator.Sources);
        Assert.Single(detail.Overrides);
        Assert.True(detail.Indicator.Enforced);
        Assert.NotEmpty(detail.History);

        var batches = await IndicatorHost.OkAsync<List<ImportBatchDto>>(await api.GetAsync("/api/v1/indicators/batches"));
        Assert.Equal(2, batches.Count(b => b.UnitId == w.Province.Id));
        var stored = await IndicatorHost.OkAsync<ImportBatchDetailDto>(await api.GetAsync($"/api/v1/indicators/batches/{committed.BatchId}"));
        Assert.Contains(stored.Lines, l => l.Outcome == "Rejected" && l.Raw == "300.1.2.3");

        var revoked = await IndicatorHost.OkAsync<IndicatorDetailDto>(await api.PostAsJsonAsync($"/api/v1/indicators/{detail.Indicator.Id}/revoke", new IndicatorRevokeDto("Đã khắc phục máy chủ")));
        Assert.False(revoked.Indicator.Enforced);
        Assert.Equal(3, (await IndicatorHost.OkAsync<IndicatorPageDto>(await api.GetAsync($"/api/v1/indicators?enforced=true&unitId={w.Province.Id}"))).Total);
    }
}
