using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vigil.TestKit;

namespace Vigil.Server.Tests;

/// <summary>All UI text comes from the resources, in both languages, and the language switch works over HTTP.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string Resources = Path.Combine(RepositoryFiles.Root, "src", "Vigil.Server", "Resources");

    [Fact]
    public void EveryKey_HasVietnameseAndEnglish_AndEveryKeyUsedInPagesExists()
    {
        var vi = Keys("SharedResource.resx");
        var en = Keys("SharedResource.en.resx");
        // Error.<code> texts are Vietnamese-only: in English the use case's own message is shown.
        Assert.Empty(vi.Where(k => !k.StartsWith("Error.", StringComparison.Ordinal)).Except(en));
        Assert.Empty(en.Except(vi));

        var pages = Path.Combine(RepositoryFiles.Root, "src", "Vigil.Server", "Pages");
        var used = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .ToHashSet();
        Assert.True(used.Count > 50, $"only {used.Count} keys found; is the pattern right?");
        Assert.Empty(used.Except(vi));
    }

    [Fact]
    public void Vietnamese_IsReallyVietnamese()
    {
        var vi = XDocument.Load(Path.Combine(Resources, "SharedResource.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        Assert.Equal("Đăng nhập", vi["Login.Title"]);
        Assert.Equal("Cơ cấu tổ chức", vi["Nav.Units"]);
    }

    [Fact]
    public async Task LanguageSwitch_SetsACookie_ThatTurnsPagesToEnglish()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.Anonymous();
        var vietnamese = await client.GetStringAsync("/login");
        Assert.Contains("<html lang=\"vi\">", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", vietnamese, StringComparison.Ordinal);

        var switched = await TestServer.PostFormAsync(client, "/language", new() { ["culture"] = "en-US", ["returnUrl"] = "/login" }, tokenSourcePath: "/login");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.GetStringAsync("/login");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Sign in", english, StringComparison.Ordinal);

        var offsite = await TestServer.PostFormAsync(client, "/language", new() { ["culture"] = "vi-VN", ["returnUrl"] = "//evil.example/" }, tokenSourcePath: "/login");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [GeneratedRegex("""(?:T|text)\["([A-Za-z]+\.[A-Za-z.]*)"[\],]""")]
    private static partial Regex UsedKey();
}
