using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests;

/// <summary>The REST API over real HTTP: health, OpenAPI, tokens, the organisation tree and ProblemDetails errors.</summary>
public sealed class ApiTests : AdminApiTests
{
    [Fact]
    public async Task Health_ReadyAndLive_OpenApiListsRoutes()
    {
        var anonymous = Server.Anonymous();
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/healthz"));
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/readyz"));
        using var openApi = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/units/{unitId}", out _));
        Assert.Contains(paths.EnumerateObject(), p => p.Name.TrimEnd('/') == "/api/v1/audit");
        Assert.False(paths.TryGetProperty("/language", out _));
    }

    [Fact]
    public async Task Api_WithoutOrWithBadToken_Is401_AndCookiesAreNotAccepted()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.Anonymous().GetAsync("/api/v1/units")).StatusCode);
        var forged = Server.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "vgl_" + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/units")).StatusCode);

        // A browser session must not be usable against the API: that is what keeps the API free of CSRF.
        var browser = await Server.SignedInClientAsync("admin", TestServer.AdminPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/units")).StatusCode);
    }

    [Fact]
    public async Task Units_CreateRenameMoveDelete_WithPreciseErrors()
    {
        var province = await CreateAsync(null, "LS", "Tỉnh Lạng Sơn", "Province");
        var ward = await CreateAsync(province.Id, "LS-DONGKINH", "Phường Đông Kinh", "Ward");
        var school = await CreateAsync(ward.Id, "LS-DK-THCS", "Trường THCS Đông Kinh", "School");
        var commune = await CreateAsync(province.Id, "LS-LOCBINH", "Xã Lộc Bình", "Commune");
        Assert.Equal(2, school.Depth);

        var duplicate = await Admin.PostAsJsonAsync("/api/v1/units", new UnitWriteDto(province.Id, "ls-dongkinh", "x", "Ward", null, null, null, null, null, null));
        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "unit.code_taken");
        var badCode = await Admin.PostAsJsonAsync("/api/v1/units", new UnitWriteDto(province.Id, "HAS SPACE", "x", "Ward", null, null, null, null, null, null));
        await AssertProblemAsync(badCode, HttpStatusCode.BadRequest, "unit.code_invalid", "code");
        var badZone = await Admin.PostAsJsonAsync("/api/v1/units", new UnitWriteDto(province.Id, "OK", "x", "Ward", null, "Mars/Olympus", null, null, null, null));
        await AssertProblemAsync(badZone, HttpStatusCode.BadRequest, "unit.time_zone_unknown", "timeZone");

        var renamed = await Admin.PutAsJsonAsync($"/api/v1/units/{ward.Id}", new UnitWriteDto(null, null, "Phường Đông Kinh (mới)", null, null, null, "Nguyễn Văn A", null, null, null));
        renamed.EnsureSuccessStatusCode();
        var after = await TestServer.ReadAsync<UnitDto>(renamed);
        Assert.Equal("Phường Đông Kinh (mới)", after.Name);
        Assert.Equal("LS-DONGKINH", after.Code);
        Assert.Equal("Nguyễn Văn A", after.ContactName);

        var intoOwnSubtree = await Admin.PostAsJsonAsync($"/api/v1/units/{ward.Id}/move", new UnitMoveDto(school.Id));
        await AssertProblemAsync(intoOwnSubtree, HttpStatusCode.BadRequest, "unit.move_into_own_subtree");

        (await Admin.PostAsJsonAsync($"/api/v1/units/{ward.Id}/move", new UnitMoveDto(commune.Id))).EnsureSuccessStatusCode();
        var movedSchool = await Admin.GetFromJsonAsync<UnitDto>($"/api/v1/units/{school.Id}");
        Assert.Equal(3, movedSchool!.Depth);
        var tree = await Admin.GetFromJsonAsync<List<UnitDto>>("/api/v1/units");
        Assert.Equal(["LS", "LS-LOCBINH", "LS-DONGKINH", "LS-DK-THCS"], tree!.Select(u => u.Code));

        await AssertProblemAsync(await Admin.DeleteAsync($"/api/v1/units/{ward.Id}"), HttpStatusCode.Conflict, "unit.not_empty");
        (await Admin.DeleteAsync($"/api/v1/units/{school.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/v1/units/{school.Id}")).StatusCode);
    }

    [Fact]
    public async Task Tokens_CreatedOnce_ListedWithoutSecret_RevokedStopWorking()
    {
        var created = await TestServer.ReadAsync<TokenCreatedDto>(await Admin.PostAsJsonAsync("/api/v1/me/tokens", new TokenCreateDto("script", 30)));
        Assert.StartsWith("vgl_", created.Secret, StringComparison.Ordinal);
        var list = await Admin.GetStringAsync("/api/v1/me/tokens");
        Assert.DoesNotContain(created.Secret, list, StringComparison.Ordinal);
        Assert.Contains(created.Token.Prefix, list, StringComparison.Ordinal);

        var script = Server.Anonymous();
        script.DefaultRequestHeaders.Authorization = new("Bearer", created.Secret);
        var me = await script.GetFromJsonAsync<MeDto>("/api/v1/me");
        Assert.Equal("admin", me!.UserName);

        (await Admin.DeleteAsync($"/api/v1/me/tokens/{created.Token.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);

        var stored = await Server.WithSystemDbAsync(db => Task.FromResult(db.ApiTokens.Single(t => t.Id == created.Token.Id).SecretHash));
        Assert.NotEqual(created.Secret, stored);
        Assert.Equal(64, stored.Length);
    }

    [Fact]
    public async Task Users_CreateWithGeneratedPassword_ThatSignsIn_AndMustBeChanged()
    {
        var root = await CreateAsync(null, "DB", "Tỉnh Điện Biên", "Province");
        var response = await Admin.PostAsJsonAsync("/api/v1/users", new UserWriteDto("Nguyen.Van.B", "Nguyễn Văn B", "b@example.vn", "Coordinator", [root.Id], null, null));
        response.EnsureSuccessStatusCode();
        var created = await TestServer.ReadAsync<UserCreatedDto>(response);
        Assert.Equal("nguyen.van.b", created.User.UserName);
        Assert.NotNull(created.InitialPassword);

        var browser = Server.Anonymous();
        var signIn = await TestServer.PostFormAsync(browser, "/login", new() { ["UserName"] = "NGUYEN.VAN.B", ["Password"] = created.InitialPassword! });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account?mustChange=1", signIn.Headers.Location!.OriginalString);

        var weak = await Admin.PostAsJsonAsync("/api/v1/users", new UserWriteDto("weak", "Weak", null, "Viewer", [root.Id], null, "short"));
        await AssertProblemAsync(weak, HttpStatusCode.BadRequest, "password.too_short", "password");
        var noUnit = await Admin.PostAsJsonAsync("/api/v1/users", new UserWriteDto("nounit", "No unit", null, "Viewer", [], null, null));
        await AssertProblemAsync(noUnit, HttpStatusCode.BadRequest, "user.units_required", "unitIds");
    }

    [Fact]
    public async Task Audit_RecordsChangesWithActor_AndFilters()
    {
        var unit = await CreateAsync(null, "AUD", "Đơn vị kiểm tra", "Province");
        (await Admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new UnitWriteDto(null, null, "Đơn vị đã đổi tên", null, null, null, null, null, null, null))).EnsureSuccessStatusCode();
        var entries = await Admin.GetFromJsonAsync<List<AuditEntryDto>>($"/api/v1/audit?entityType=OrgUnit&unitId={unit.Id}");
        Assert.Equal(["updated", "created"], entries!.Select(e => e.Action));
        Assert.All(entries!, e => Assert.Equal("admin", e.ActorName));
        Assert.Contains("Đơn vị kiểm tra", entries![0].Before, StringComparison.Ordinal);
        Assert.Contains("Đơn vị đã đổi tên", entries[0].After, StringComparison.Ordinal);
        await AssertProblemAsync(await Admin.GetAsync("/api/v1/audit?pageSize=100000"), HttpStatusCode.BadRequest, "audit.paging_invalid");
    }

    private async Task<UnitDto> CreateAsync(Guid? parent, string code, string name, string kind)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/units", new UnitWriteDto(parent, code, name, kind, null, null, null, null, null, null));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<UnitDto>(response);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? location = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(code, problem.RootElement.GetProperty("errorCode").GetString());
        if (location is not null)
        {
            Assert.Equal(location, problem.RootElement.GetProperty("location").GetString());
        }
    }
}
