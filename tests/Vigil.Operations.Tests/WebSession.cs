using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Operations.Tests;

/// <summary>
/// A browser-like client: one cookie jar that may be pointed at several instances, as a load balancer would, and
/// no automatic redirects so that tests see the 302s.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly List<HttpClient> _clients = [];

    public CookieContainer Cookies => _cookies;

    public HttpClient For(ServerProcess server)
    {
        var handler = new HttpClientHandler { CookieContainer = _cookies, UseCookies = true, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(client);
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token in the page:" + Environment.NewLine + html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task SignInAsync(HttpClient http, string password = ServerProcess.AdminPassword)
    {
        var page = await http.GetStringAsync(new Uri("/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        });
        using var response = await http.PostAsync(new Uri("/login", UriKind.Relative), form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Posts the token form of /account with the given antiforgery token; returns the one-time secret.</summary>
    public static async Task<string> CreateTokenAsync(HttpClient http, string antiforgeryToken, string name)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TokenName"] = name,
            ["TokenDays"] = "30",
            ["__RequestVerificationToken"] = antiforgeryToken,
        });
        using var response = await http.PostAsync(new Uri("/account?handler=CreateToken", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Token form answered {(int)response.StatusCode}: {html}");
        var match = SecretPattern().Match(html);
        Assert.True(match.Success, "No one-time secret on the page:" + Environment.NewLine + html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Signs in as admin and returns an API token.</summary>
    public static async Task<string> AdminTokenAsync(ServerProcess server)
    {
        using var session = new WebSession();
        var http = session.For(server);
        await SignInAsync(http);
        var account = await http.GetStringAsync(new Uri("/account", UriKind.Relative));
        return await CreateTokenAsync(http, AntiforgeryToken(account), "operations-tests");
    }

    public static HttpClient Api(ServerProcess server, string token)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Creates a root unit; returns its id.</summary>
    public static async Task<Guid> CreateRootUnitAsync(HttpClient api, string code, string name)
    {
        using var response = await api.PostAsJsonAsync(new Uri("/api/v1/units", UriKind.Relative), new { parentId = (Guid?)null, code, name, kind = "Province" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Creating unit {code} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The codes of the units the API lists, sorted.</summary>
    public static async Task<List<string>> UnitCodesAsync(HttpClient api)
    {
        using var response = await api.GetAsync(new Uri("/api/v1/units", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Listing units answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.EnumerateArray().Select(u => u.GetProperty("code").GetString()!).Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("<code id=\"one-time-secret\">([^<]+)</code>")]
    private static partial Regex SecretPattern();
}
