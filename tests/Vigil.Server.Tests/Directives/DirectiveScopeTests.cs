using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Directives;

/// <summary>
/// A province directive addresses communes A and B. A's people see the directive and A's report, and nothing of B's report
/// through any directive route: not by unit id, not through the board, the aggregate, the drill-down or the lists.
/// </summary>
public sealed class DirectiveScopeTests() : TwoBranchServerTests()
{
    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    [InlineData("viewer.a")]
    public async Task Unit_A_never_reads_or_changes_B_s_report_of_a_province_directive(string userName)
    {
        using var province = await Server.ApiClientAsync("coord.p");
        var created = await province.PostAsJsonAsync("/api/v1/directives", new DirectiveCreateDto(
            World.Province.Id, "wannacry-c2", "45/STC-TTCNTT", null, "Sở Tài chính", null, new DateOnly(2017, 5, 15), "Thử Nghiệm", null,
            new DateOnly(2099, 5, 19), "17:00", null, null, null, 0));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var directive = await TestServer.ReadAsync<DirectiveDto>(created);
        // B's report carries the marker in its notes and a manual figure's justification.
        var b = $"/api/v1/directives/{directive.Id}/reports/{World.B.Id}";
        var written = await province.PutAsJsonAsync(b, new ReportWriteDto([new FigureEntryDto("hits-found", 3, TwoBranchWorld.Marker + " firewall log")], TwoBranchWorld.Marker));
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var before = await Server.WithSystemDbAsync(db => db.UnitReports.AsNoTracking().Where(r => r.UnitId == World.B.Id && r.DirectiveId == directive.Id).Select(r => $"{r.Status}|{r.EntriesJson}|{r.Notes}|{r.Version}").SingleAsync(r => true));

        using var api = await Server.ApiClientAsync(userName);
        var refused = new (string Method, string Path, object? Body)[]
        {
            ("GET", b, null),
            ("PUT", b, new ReportWriteDto([new FigureEntryDto("hits-found", 9, "changed by A")], "A")),
            ("POST", b + "/submit", new ReportWriteDto(null, null)),
            ("POST", b + "/reopen", new ReportReopenDto("A")),
            ("GET", $"/api/v1/directives/{directive.Id}/board", null),
            ("GET", $"/api/v1/directives/{directive.Id}/aggregate", null),
            ("GET", $"/api/v1/directives/{directive.Id}/aggregate?format=xlsx", null),
            ("GET", $"/api/v1/directives/{directive.Id}/figures/hits-found", null),
            ("GET", $"/api/v1/directives/{directive.Id}/figures/missing-ms17-010?unitId={World.B.Id}", null),
        };
        foreach (var (method, path, body) in refused)
        {
            var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path} → {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(TwoBranchWorld.Marker, text, StringComparison.OrdinalIgnoreCase);
        }

        // The directive addresses A, so A sees it and its own report; lists never show B's.
        var list = await api.GetStringAsync("/api/v1/directives");
        Assert.Contains("45/STC-TTCNTT", list);
        Assert.DoesNotContain(TwoBranchWorld.Marker, list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TwoBranchWorld.Marker, await api.GetStringAsync($"/api/v1/directives/{directive.Id}"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TwoBranchWorld.Marker, await api.GetStringAsync("/api/v1/directive-reminders"), StringComparison.OrdinalIgnoreCase);
        var own = await api.GetAsync($"/api/v1/directives/{directive.Id}/reports/{World.A.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.DoesNotContain(TwoBranchWorld.Marker, await own.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(before, await Server.WithSystemDbAsync(db => db.UnitReports.AsNoTracking().Where(r => r.UnitId == World.B.Id && r.DirectiveId == directive.Id).Select(r => $"{r.Status}|{r.EntriesJson}|{r.Notes}|{r.Version}").SingleAsync(r => true)));
    }

    [Fact]
    public async Task Only_the_target_s_coordinators_create_directives()
    {
        DirectiveCreateDto For(Guid unit) => new(unit, "xp7-cisco", "1/X", null, "UBND", null, new DateOnly(2024, 5, 15), null, null, new DateOnly(2024, 5, 23), "14:00", null, null, null, null);
        using var officer = await Server.ApiClientAsync("officer.a");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/directives", For(World.A.Id))).StatusCode);
        using var coordinator = await Server.ApiClientAsync("coord.a");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync("/api/v1/directives", For(World.B.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync("/api/v1/directives", For(World.Province.Id))).StatusCode);
        var ok = await coordinator.PostAsJsonAsync("/api/v1/directives", For(World.A.Id));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var bad = await coordinator.PostAsJsonAsync("/api/v1/directives", For(World.A.Id) with { DeadlineTime = "25:00" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("directive.deadline_required", await bad.Content.ReadAsStringAsync());
        var unknown = await coordinator.PostAsJsonAsync("/api/v1/directives", For(World.A.Id) with { TemplateId = "nope" });
        Assert.Contains("directive.template_unknown", await unknown.Content.ReadAsStringAsync());
    }
}
