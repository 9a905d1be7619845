using System.Diagnostics;
using System.Net;

namespace Vigil.Operations.Tests;

/// <summary>Several stateless instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class ScaleOutTests(ScaleOutFixture world) : IClassFixture<ScaleOutFixture>
{
    private const string Job = "prune-job-history";

    [Fact]
    public async Task Concurrent_first_start_migrates_once_and_creates_exactly_one_administrator()
    {
        Assert.True(await world.ScalarAsync<long>("SELECT count(*) FROM users") == 1, world.Describe());
        Assert.Equal(1L, await world.ScalarAsync<long>("SELECT count(*) FROM users WHERE user_name = 'admin'"));
        Assert.Equal(
            await world.ScalarAsync<long>("SELECT count(*) FROM schema_versions"),
            await world.ScalarAsync<long>("SELECT count(DISTINCT version) FROM schema_versions"));
        Assert.Equal((long)Vigil.Storage.SchemaMigrator.LatestVersion(Vigil.Storage.StorageProvider.Postgres), await world.ScalarAsync<long>("SELECT max(version) FROM schema_versions"));
        Assert.True(await world.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") >= 1, "No data-protection key in the database.");
    }

    [Fact]
    public async Task A_cookie_and_an_antiforgery_token_issued_by_one_instance_are_accepted_by_the_other()
    {
        using var browser = new WebSession();
        var a = browser.For(world.A);
        var b = browser.For(world.B);
        await WebSession.SignInAsync(a);
        Assert.Contains(browser.Cookies.GetAllCookies(), c => c.Name == "vigil.auth");

        using (var dashboard = await b.GetAsync(new Uri("/", UriKind.Relative)))
        {
            var html = await dashboard.Content.ReadAsStringAsync();
            Assert.True(dashboard.StatusCode == HttpStatusCode.OK, $"B answered {(int)dashboard.StatusCode} {dashboard.Headers.Location} for A's cookie.{Environment.NewLine}{world.Describe()}");
            Assert.Contains("id=\"dashboard-filter\"", html, StringComparison.Ordinal);
        }

        // Control: without A's cookie, B sends the browser to sign in.
        using (var stranger = new WebSession())
        using (var anonymous = await stranger.For(world.B).GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Equal("/login", new Uri(world.B.BaseAddress, anonymous.Headers.Location!).AbsolutePath, ignoreCase: true);
        }

        // The form comes from A, the post goes to B.
        var tokenFromA = WebSession.AntiforgeryToken(await a.GetStringAsync(new Uri("/account", UriKind.Relative)));
        var secret = await WebSession.CreateTokenAsync(b, tokenFromA, "made-on-b");
        using var apiOnA = WebSession.Api(world.A, secret);
        using var response = await apiOnA.GetAsync(new Uri("/api/v1/units", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_unit_created_through_one_instance_is_visible_through_the_other()
    {
        var token = await WebSession.AdminTokenAsync(world.A);
        using var apiA = WebSession.Api(world.A, token);
        using var apiB = WebSession.Api(world.B, token);

        await WebSession.CreateRootUnitAsync(apiA, "SCALE-A", "Tạo trên A");

        Assert.Contains("SCALE-A", await WebSession.UnitCodesAsync(apiB));
    }

    [Fact]
    public async Task Each_job_occurrence_runs_exactly_once_on_a_whole_second_with_no_gaps()
    {
        // Wait (by polling, never a fixed sleep) for five runs, then for a longer window while both instances run.
        var first = await WaitForRunsAsync(5, TimeSpan.FromSeconds(60));
        AssertWellFormed(first);

        var runs = await WaitForRunsAsync(first.Count + 8, TimeSpan.FromSeconds(60));
        AssertWellFormed(runs);

        Assert.False(world.A.HasExited, world.Describe());
        Assert.False(world.B.HasExited, world.Describe());
        var window = runs.Where(r => r.DueAt >= world.BothReadyAtUtc.AddSeconds(1)).Select(r => r.DueAt).ToList();
        Assert.True(window.Count >= 8, $"Only {window.Count} occurrences after both were ready.{Environment.NewLine}{Dump(runs)}");
        for (var i = 1; i < window.Count; i++)
        {
            var gap = window[i] - window[i - 1];
            Assert.True(gap <= TimeSpan.FromSeconds(2), $"No run between {window[i - 1]:O} and {window[i]:O}.{Environment.NewLine}{Dump(runs)}{Environment.NewLine}{world.Describe()}");
        }
    }

    private static void AssertWellFormed(List<ScaleOutFixture.JobRunRow> runs)
    {
        var duplicated = runs.GroupBy(r => r.DueAt).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicated.Count == 0, $"Occurrences run twice: {string.Join(", ", duplicated.Select(d => d.ToString("O")))}{Environment.NewLine}{Dump(runs)}");
        foreach (var run in runs)
        {
            Assert.True(run.DueAt.Ticks % TimeSpan.TicksPerSecond == 0, $"due_at {run.DueAt:O} is not a whole second.");
            Assert.True(run.Error is null, $"Run {run.DueAt:O} on {run.Instance} failed: {run.Error}");
            Assert.Contains(run.Instance, new[] { "a", "b" });
        }
    }

    private async Task<List<ScaleOutFixture.JobRunRow>> WaitForRunsAsync(int atLeast, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var runs = await world.JobRunsAsync(Job);
            if (runs.Count >= atLeast)
            {
                return runs;
            }

            Assert.True(stopwatch.Elapsed < timeout, $"Only {runs.Count} of {atLeast} runs of {Job} after {timeout}.{Environment.NewLine}{Dump(runs)}{Environment.NewLine}{world.Describe()}");
            await Task.Delay(200);
        }
    }

    private static string Dump(IEnumerable<ScaleOutFixture.JobRunRow> runs) =>
        string.Join(Environment.NewLine, runs.Select(r => $"{r.DueAt:O} {r.Instance} started {r.StartedAt:O} finished {r.FinishedAt:O} {r.Error}"));
}
