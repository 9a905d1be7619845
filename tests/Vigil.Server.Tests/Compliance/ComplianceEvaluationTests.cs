using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Compliance;

/// <summary>
/// When verdicts change without anyone touching the computer: an ESU exception and its end, a new day, a new policy
/// (fingerprint), an unchanged re-report; daily counts and the trend; a database upgraded from before compliance.
/// </summary>
public sealed class ComplianceEvaluationTests
{
    private const string Win11 = "Microsoft Windows 11 Pro";
    private const string Cpu11 = "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task An_esu_exception_makes_windows_10_pass_until_its_last_day(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var pc = await host.ReportByAgentAsync(ComplianceHost.Windows("A-KT10", "4C4C4544-0000-0000-0000-0000000000E1", "Microsoft Windows 10 Pro", "10.0.19045", "19045",
            "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", false) with { SecurityProducts = [host.BkavFor(1)] });
        Assert.Equal("Fail", ComplianceHost.Verdict(await host.ComplianceAsync(pc), "supported-os").Status);
        using var api = await host.ApiAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PutAsJsonAsync($"/api/v1/computers/{pc}/esu", new EsuWriteDto(host.Today.AddDays(-1), null))).StatusCode);
        using (var viewer = await host.ApiAsync("viewer.a"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/computers/{pc}/esu", new EsuWriteDto(new DateOnly(2027, 10, 12), null))).StatusCode);
        }

        var recorded = await TestServer.ReadAsync<EsuExceptionDto>(await api.PutAsJsonAsync($"/api/v1/computers/{pc}/esu", new EsuWriteDto(new DateOnly(2027, 10, 12), "ESU năm 2, hợp đồng 15/2026")));
        Assert.Equal((true, "officer.a"), (recorded.Active, recorded.RecordedBy));
        var covered = await host.ComplianceAsync(pc);
        var supported = ComplianceHost.Verdict(covered, "supported-os");
        Assert.Equal(("Pass", "os.esu_exception"), (supported.Status, supported.Reason));
        Assert.Contains(supported.Evidence, e => e.Name == "esu_until" && e.Value == "2027-10-12");
        Assert.Equal(new DateOnly(2027, 10, 12), covered.Esu!.Until);
        Assert.Equal("Pass", ComplianceHost.Verdict(await host.ComplianceAsync(pc, new DateOnly(2027, 10, 12)), "supported-os").Status);
        Assert.Equal("Fail", ComplianceHost.Verdict(await host.ComplianceAsync(pc, new DateOnly(2027, 10, 13)), "supported-os").Status);
        Assert.True(await host.Server.WithSystemDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "EsuException" && a.Action == "created" && a.ActorName == "officer.a")));

        var removed = await TestServer.ReadAsync<ComputerComplianceDto>(await api.DeleteAsync($"/api/v1/computers/{pc}/esu"));
        Assert.Null(removed.Esu);
        Assert.Equal("Fail", ComplianceHost.Verdict(removed, "supported-os").Status);
        var history = (await api.GetFromJsonAsync<List<EsuExceptionDto>>($"/api/v1/computers/{pc}/esu"))!;
        Assert.Equal((false, "officer.a"), (Assert.Single(history).Active, history[0].RemovedBy));
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/computers/{pc}/esu")).StatusCode);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_new_day_and_an_unchanged_re_report_are_evaluated_and_counted_day_by_day(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var day1 = host.Today;
        var good = ComplianceHost.Windows("A-OK1", "4C4C4544-0000-0000-0000-0000000000D1", Win11, "10.0.26200", "26200", Cpu11, true) with { SecurityProducts = [host.BkavFor(1)] };
        var okPc = await host.ReportByAgentAsync(good);
        var stale = ComplianceHost.Windows("A-AV9", "4C4C4544-0000-0000-0000-0000000000D2", Win11, "10.0.26200", "26200", Cpu11, true) with { SecurityProducts = [host.BkavFor(9)] };
        await host.ReportByAgentAsync(stale);
        Assert.True((await host.EvaluateAsync()).Leased);

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.ReportByAgentAsync(stale with { SecurityProducts = [host.BkavFor(0)] });
        var pass = await host.EvaluateAsync();
        Assert.True(pass.Evaluated >= 2, $"a new day re-evaluates every computer, not {pass.Evaluated}");
        var day2 = host.Today;

        using var api = await host.ApiAsync();
        var trend = (await api.GetFromJsonAsync<ComplianceTrendDto>($"/api/v1/compliance/trend?unitId={host.World.A.Id}&from={day1:yyyy-MM-dd}&to={day2:yyyy-MM-dd}"))!;
        var antiMalware = trend.Points.Where(p => p.RuleId == "anti-malware").ToList();
        Assert.Equal([day1, day2], antiMalware.Select(p => p.Day));
        Assert.Equal(antiMalware[0].Fail - 1, antiMalware[1].Fail);
        Assert.Equal(antiMalware[0].Pass + 1, antiMalware[1].Pass);
        var history = (await api.GetFromJsonAsync<ComplianceSummaryDto>($"/api/v1/compliance/summary?unitId={host.World.A.Id}&asOf={day1:yyyy-MM-dd}"))!;
        Assert.Equal("history", history.Basis);
        Assert.Equal(antiMalware[0].Fail, Assert.Single(history.Rules, r => r.RuleId == "anti-malware").Fail);
        using var coordinator = await host.ApiAsync("coord.p");
        var province = (await coordinator.GetFromJsonAsync<ComplianceTrendDto>($"/api/v1/compliance/trend?unitId={host.World.Province.Id}&from={day2:yyyy-MM-dd}&to={day2:yyyy-MM-dd}"))!;
        Assert.True(province.Points.Single(p => p.RuleId == "anti-malware").Pass >= antiMalware[1].Pass, "a subtree counts its units together");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/compliance/trend?from={day2:yyyy-MM-dd}&to={day1:yyyy-MM-dd}")).StatusCode);

        // Forty days without a report: the daily re-evaluation finds the data stale.
        host.Clock.Advance(TimeSpan.FromDays(40));
        await host.EvaluateAsync();
        var staleNow = await host.ComplianceAsync(okPc);
        Assert.Equal(("Fail", "data.stale"), (ComplianceHost.Verdict(staleNow, "fresh-data").Status, ComplianceHost.Verdict(staleNow, "fresh-data").Reason));
        var refresh = Assert.Single(staleNow.Items, i => i.RuleId == "fresh-data");
        Assert.Equal("RefreshInventory", refresh.Kind);

        // The same report again only moves the report time; the next pass sees it and the data is fresh again.
        await host.ReportByAgentAsync(good);
        Assert.Equal("Fail", ComplianceHost.Verdict(await host.ComplianceAsync(okPc), "fresh-data").Status);
        Assert.True((await host.EvaluateAsync()).Evaluated >= 1);
        var fresh = await host.ComplianceAsync(okPc);
        Assert.Equal("Pass", ComplianceHost.Verdict(fresh, "fresh-data").Status);
        Assert.Equal("Verified", Assert.Single(fresh.Items, i => i.Id == refresh.Id).Status);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_new_policy_re_evaluates_everything_and_a_broken_file_keeps_the_last_good_one(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var pc = await host.ReportByAgentAsync(ComplianceHost.Windows("A-P1", "4C4C4544-0000-0000-0000-0000000000F1", Win11, "10.0.26200", "26200", Cpu11, true)
            with { SecurityProducts = [host.BkavFor(1)] });
        host.Clock.Advance(TimeSpan.FromDays(10));
        await host.EvaluateAsync();
        Assert.Equal("Pass", ComplianceHost.Verdict(await host.ComplianceAsync(pc), "fresh-data").Status);
        using var admin = await host.ApiAsync("admin");
        var embedded = (await admin.GetFromJsonAsync<CompliancePolicyDto>("/api/v1/compliance/policy"))!;
        Assert.Equal(("directive-xp7", "Embedded"), (embedded.PackId, embedded.Origin));
        Assert.Equal(0, (await host.EvaluateAsync()).Evaluated);

        var policies = Directory.CreateDirectory(Path.Combine(host.Server.DataDirectory, "policies")).FullName;
        await File.WriteAllTextAsync(Path.Combine(policies, "tinh.yaml"), """
            pack: tinh-thu-nghiem
            version: 1
            extends: directive-xp7
            rules:
              - id: fresh-data
                parameters: {max_age_days: 7}
              - id: edr
                enabled: false
            """);
        var reloaded = await TestServer.ReadAsync<CompliancePolicyDto>(await admin.PostAsync("/api/v1/compliance/policy/reload", null));
        Assert.Equal("Site", reloaded.Origin);
        Assert.Equal(["policies/tinh.yaml"], reloaded.SiteFiles);
        Assert.NotEqual(embedded.Fingerprint, reloaded.Fingerprint);
        var all = await host.Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.RetiredAt == null));
        Assert.Equal(all, (await host.EvaluateAsync()).Evaluated);
        var judged = await host.ComplianceAsync(pc);
        Assert.Equal(reloaded.Fingerprint, judged.Fingerprint);
        Assert.Equal(("Fail", "data.stale"), (ComplianceHost.Verdict(judged, "fresh-data").Status, ComplianceHost.Verdict(judged, "fresh-data").Reason));
        Assert.DoesNotContain(judged.Verdicts, v => v.RuleId == "edr");
        using (var officer = await host.ApiAsync())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/v1/compliance/policy/reload", null)).StatusCode);
        }

        // A broken file: refused with its position at start-up; the last good policy (the site one) stays in force.
        await File.WriteAllTextAsync(Path.Combine(policies, "zz-moi.yaml"), "pack: moi\nversion: 1\nextends: directive-xp7\nrules:\n  - id: smb\n    check: smb9-disabled\n");
        await host.RestartAsync();
        Assert.Equal("Degraded", await host.Server.Anonymous().GetStringAsync("/readyz"));
        using var again = await host.ApiAsync("admin");
        var kept = (await again.GetFromJsonAsync<CompliancePolicyDto>("/api/v1/compliance/policy"))!;
        Assert.Equal(("LastGood", reloaded.Fingerprint), (kept.Origin, kept.Fingerprint));
        var error = Assert.Single(kept.Errors);
        Assert.Equal("policies/zz-moi.yaml", error.File);
        Assert.Matches(@"zz-moi\.yaml:\d+:\d+: ", error.Message);
        Assert.Equal(0, (await host.EvaluateAsync()).Evaluated);
        var refused = await again.PostAsync("/api/v1/compliance/policy/reload", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        File.Delete(Path.Combine(policies, "zz-moi.yaml"));
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsync("/api/v1/compliance/policy/reload", null)).StatusCode);
        Assert.Equal("Healthy", await host.Server.Anonymous().GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task The_evaluation_job_evaluates_an_upgraded_database_at_start_and_counts_the_day()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await SchemaV5Inventory.SeedAsync(StorageProvider.Sqlite, $"Data Source={Path.Combine(dir, "vigil.db")};Pooling=False");

        await using var server = await TestServer.StartInAsync(dir, "--Jobs:Enabled=true", "--Jobs:PollInterval=00:00:00.200");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var run = (Domain.Jobs.JobRun?)null;
        while (DateTime.UtcNow < deadline && run is null)
        {
            await Task.Delay(200);
            run = await server.WithSystemDbAsync(db => db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.JobName == "compliance-evaluate" && r.FinishedAt != null));
        }

        Assert.NotNull(run);
        Assert.Null(run!.Error);
        var computer = await server.WithSystemDbAsync(db => db.Computers.AsNoTracking().SingleAsync());
        Assert.NotNull(computer.ComplianceFingerprint);
        Assert.True(await server.WithSystemDbAsync(db => db.ComplianceDailyCounts.AnyAsync(c => c.UnitId == SchemaV5Inventory.UnitId)));
        Assert.Null(await server.WithSystemDbAsync(db => db.ComplianceEvaluationStates.AsNoTracking().Select(s => s.LeaseOwner).SingleAsync()));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_database_from_before_compliance_has_its_facts_filled_from_the_sources_and_is_evaluated(StorageProvider provider)
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string[] args;
        if (provider == StorageProvider.Postgres)
        {
            var connection = await PostgresServer.CreateDatabaseAsync();
            await SchemaV5Inventory.SeedAsync(provider, connection);
            args = ["--Storage:Provider=Postgres", "--Storage:ConnectionString=" + connection];
        }
        else
        {
            await SchemaV5Inventory.SeedAsync(provider, $"Data Source={Path.Combine(dir, "vigil.db")};Pooling=False");
            args = [];
        }

        await using var server = await TestServer.StartInAsync(dir, new ManualClock(ComplianceHost.Start), args);
        using var admin = await server.ApiClientAsync("admin");
        var pass = await TestServer.ReadAsync<CompliancePassDto>(await admin.PostAsync("/api/v1/compliance/evaluate", null));
        Assert.Equal(1, pass.Evaluated);

        var computer = await server.WithSystemDbAsync(db => db.Computers.AsNoTracking().SingleAsync());
        Assert.Equal("KB4012212,KB976902", computer.Hotfixes);
        Assert.Contains("Bkav Pro", computer.SecurityProductsJson, StringComparison.Ordinal);
        Assert.Equal("Bkav Pro\nZalo", computer.InstalledSoftware);
        var compliance = (await admin.GetFromJsonAsync<ComputerComplianceDto>($"/api/v1/computers/{SchemaV5Inventory.ComputerId}/compliance"))!;
        var ms17010 = ComplianceHost.Verdict(compliance, "ms17-010");
        Assert.Equal("Pass", ms17010.Status);
        Assert.Contains(ms17010.Evidence, e => e.Value.Contains("KB4012212", StringComparison.Ordinal));
        Assert.Equal("Fail", ComplianceHost.Verdict(compliance, "supported-os").Status);
    }
}
