using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Server.Tests.Directives;

/// <summary>Site templates in &lt;data&gt;/templates: one replaces a default of the same id and adds another; a bad one leaves the defaults.</summary>
public sealed class DirectiveTemplateTests
{
    private const string SiteTemplate = """
        template: xp7-cisco
        version: 2
        title:
          vi: Rà soát máy tính Windows XP/7 (mẫu của tỉnh)
          en: Windows XP/7 review (province template)
        figures:
          - key: xp7-computers
            kind: computers-on-os
            os_releases: [Windows XP, Windows 7, Windows 8.1]
            title:
              vi: Máy tính dùng Windows XP/7/8.1
              en: Computers on Windows XP/7/8.1
        """;

    [Fact]
    public async Task SiteFile_ReplacesTheDefaultOfItsId()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "templates"));
        await File.WriteAllTextAsync(Path.Combine(dir, "templates", "xp7.yaml"), SiteTemplate);
        await using var server = await TestServer.StartInAsync(dir);
        using var admin = await server.ApiClientAsync("admin");

        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/v1/directives/templates");

        var ids = templates.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(["xp7-cisco", "wannacry-c2"], ids);
        var xp7 = templates.EnumerateArray().First();
        Assert.Equal(2, xp7.GetProperty("version").GetInt32());
        Assert.Equal("Máy tính dùng Windows XP/7/8.1", Assert.Single(xp7.GetProperty("figures").EnumerateArray()).GetProperty("titleVi").GetString());
    }

    [Fact]
    public async Task BadSiteFile_LeavesTheDefaultsInForce()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "templates"));
        await File.WriteAllTextAsync(Path.Combine(dir, "templates", "xp7.yaml"), SiteTemplate.Replace("computers-on-os", "computers-everywhere", StringComparison.Ordinal));
        await using var server = await TestServer.StartInAsync(dir);
        using var admin = await server.ApiClientAsync("admin");

        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/v1/directives/templates");

        var xp7 = templates.EnumerateArray().First();
        Assert.Equal(1, xp7.GetProperty("version").GetInt32());
        Assert.Equal(6, xp7.GetProperty("figures").GetArrayLength());
    }
}
