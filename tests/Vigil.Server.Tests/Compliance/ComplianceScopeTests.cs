using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Compliance;

/// <summary>
/// Unit A's people never read or change unit B's verdicts, remediation items, comments or ESU exceptions through any
/// compliance or remediation route, by id, by filter or in bulk; B's data stays as it was.
/// </summary>
public sealed class ComplianceScopeTests() : TwoBranchServerTests()
{
    [Theory]
    [InlineData("officer.a")]
    [InlineData("viewer.a")]
    [InlineData("coord.a")]
    public async Task Unit_A_cannot_read_or_change_what_compliance_keeps_about_unit_B(string userName)
    {
        var before = await SnapshotOfBAsync();
        using var api = await Server.ApiClientAsync(userName);
        var computer = World.ComputerOfB;
        var item = World.RemediationItemOfB;
        var refused = new (string Method, string Path, object? Body)[]
        {
            ("GET", $"/api/v1/computers/{computer}/compliance", null),
            ("GET", $"/api/v1/computers/{computer}/compliance?asOf=2027-01-01", null),
            ("GET", $"/api/v1/computers/{computer}/esu", null),
            ("PUT", $"/api/v1/computers/{computer}/esu", new EsuWriteDto(new DateOnly(2099, 1, 1), "x")),
            ("DELETE", $"/api/v1/computers/{computer}/esu", null),
            ("POST", $"/api/v1/computers/{computer}/retire", new ComputerRetireDto(null, null)),
            ("DELETE", $"/api/v1/computers/{computer}/retire", null),
            ("GET", $"/api/v1/compliance/summary?unitId={World.B.Id}", null),
            ("GET", $"/api/v1/compliance/trend?unitId={World.B1.Id}", null),
            ("GET", $"/api/v1/compliance/results?unitId={World.B.Id}", null),
            ("GET", $"/api/v1/remediation?unitId={World.B.Id}", null),
            ("GET", $"/api/v1/remediation/{item}", null),
            ("PATCH", $"/api/v1/remediation/{item}", new RemediationUpdateDto("x", null)),
            ("POST", $"/api/v1/remediation/{item}/transition", new RemediationTransitionDto("Cancelled", "x")),
            ("POST", $"/api/v1/remediation/{item}/comments", new RemediationCommentDto("x", false)),
            ("POST", $"/api/v1/remediation/{item}/replacement", new ReplacementLinkDto(World.ComputerOfA, null)),
            ("POST", "/api/v1/remediation", new RemediationCreateDto(computer, null, "Replace", "x", null, null, null)),
            ("POST", "/api/v1/remediation/bulk", new RemediationBulkDto([item], null, "status", null, null, "Cancelled", "x")),
            ("POST", "/api/v1/remediation/bulk", new RemediationBulkDto(null, new RemediationFilterDto(World.B.Id, true, null, null, null, null, null, null, null), "assign", "x", null, null, null)),
        };

        foreach (var (method, path, body) in refused)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
            var response = await api.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path} → {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(TwoBranchWorld.Marker, text, StringComparison.OrdinalIgnoreCase);
        }

        // Unfiltered lists show A's own rows only.
        foreach (var path in new[] { "/api/v1/remediation", "/api/v1/compliance/results", "/api/v1/compliance/summary", "/api/v1/compliance/trend" })
        {
            var text = await api.GetStringAsync(path);
            Assert.DoesNotContain(TwoBranchWorld.Marker, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(World.ComputerOfB.ToString(), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await SnapshotOfBAsync());
    }

    [Fact]
    public async Task The_province_coordinator_sees_B_and_a_viewer_of_A_reads_A_without_changing_it()
    {
        using var coordinator = await Server.ApiClientAsync("coord.p");
        var item = (await coordinator.GetFromJsonAsync<RemediationDetailDto>($"/api/v1/remediation/{World.RemediationItemOfB}"))!;
        Assert.Contains(TwoBranchWorld.Marker, item.Item.Title, StringComparison.Ordinal);
        var esu = (await coordinator.GetFromJsonAsync<List<EsuExceptionDto>>($"/api/v1/computers/{World.ComputerOfB}/esu"))!;
        Assert.True(Assert.Single(esu).Active);

        using var viewer = await Server.ApiClientAsync("viewer.a");
        var compliance = (await viewer.GetFromJsonAsync<ComputerComplianceDto>($"/api/v1/computers/{World.ComputerOfA}/compliance"))!;
        Assert.NotEmpty(compliance.Verdicts);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/computers/{World.ComputerOfA}/esu", new EsuWriteDto(new DateOnly(2099, 1, 1), null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/remediation", new RemediationCreateDto(World.ComputerOfA, null, "Replace", "x", null, null, null))).StatusCode);
    }

    private Task<string> SnapshotOfBAsync() => Server.WithSystemDbAsync(async db =>
    {
        var items = await db.RemediationItems.AsNoTracking().Where(i => i.ComputerId == World.ComputerOfB)
            .Select(i => $"{i.Id}|{i.Status}|{i.Owner}|{i.DueOn}|{i.ReplacementComputerId}|{i.UpdatedAt:O}").ToListAsync();
        var events = await db.RemediationEvents.AsNoTracking().CountAsync(e => e.ItemId == World.RemediationItemOfB);
        var esu = await db.EsuExceptions.AsNoTracking().Where(e => e.ComputerId == World.ComputerOfB).Select(e => $"{e.Id}|{e.Until}|{e.RemovedAt}").ToListAsync();
        var verdicts = await db.ComplianceResults.AsNoTracking().Where(r => r.ComputerId == World.ComputerOfB).Select(r => $"{r.RuleId}|{r.Status}|{r.EvaluatedAt:O}").ToListAsync();
        var computer = await db.Computers.AsNoTracking().Where(c => c.Id == World.ComputerOfB).Select(c => $"{c.RetiredAt}|{c.EsuUntil}|{c.ComplianceFingerprint}").SingleAsync();
        return string.Join("\n", items.Order().Concat(esu.Order()).Concat(verdicts.Order()).Append(events.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(computer));
    });
}
