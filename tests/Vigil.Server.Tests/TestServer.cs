using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Domain.Access;
using Vigil.Server.Hosting;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests;

/// <summary>A real vigil-server on 127.0.0.1 (Kestrel, random port) over a SQLite file in a temp folder.</summary>
public sealed partial class TestServer : IAsyncDisposable
{
    public const string AdminPassword = "Admin-Test-Pass-1";

    private readonly TimeProvider? _clock;
    private readonly string[] _extraArgs;
    private bool _handedOver;

    private TestServer(WebApplication app, string dataDirectory, TimeProvider? clock, string[] extraArgs)
    {
        App = app;
        DataDirectory = dataDirectory;
        BaseAddress = new Uri(app.Urls.First());
        _clock = clock;
        _extraArgs = extraArgs;
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public static Task<TestServer> StartAsync(params string[] extraArgs) => StartAsync(null, extraArgs);

    /// <summary>The arguments that put a server on <paramref name="provider"/> (PostgreSQL: a new, empty database).</summary>
    public static async Task<string[]> StorageArgsAsync(StorageProvider provider) => provider == StorageProvider.Postgres
        ? ["--Storage:Provider=Postgres", "--Storage:ConnectionString=" + await PostgresServer.CreateDatabaseAsync()]
        : [];

    /// <summary>A server whose clock is <paramref name="clock"/> (null: the system's).</summary>
    public static Task<TestServer> StartAsync(TimeProvider? clock, params string[] extraArgs)
    {
        var dir = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return StartInAsync(dir, clock, extraArgs);
    }

    /// <summary>Starts on an existing data folder (which the server then owns and deletes at dispose).</summary>
    public static Task<TestServer> StartInAsync(string dir, params string[] extraArgs) => StartInAsync(dir, null, extraArgs);

    public static async Task<TestServer> StartInAsync(string dir, TimeProvider? clock, params string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Storage:DataDirectory=" + dir,
            "--Vigil:AdminPassword=" + AdminPassword,
            "--Jobs:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            .. extraArgs,
        ];
        var app = VigilServer.Create(args, clock is null ? null : services => services.AddSingleton(clock));
        await VigilServer.PrepareAsync(app);
        await app.StartAsync();
        return new TestServer(app, dir, clock, extraArgs);
    }

    /// <summary>Stops this server and starts another on the same data folder, database and clock (this one is then spent).</summary>
    public async Task<TestServer> RestartAsync()
    {
        _handedOver = true;
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return await StartInAsync(DataDirectory, _clock, _extraArgs);
    }

    /// <summary>Runs <paramref name="work"/> with a database context that sees and changes everything.</summary>
    public async Task<T> WithSystemDbAsync<T>(Func<VigilDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        return await work(scope.ServiceProvider.GetRequiredService<VigilDbContext>());
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    /// <summary>An API client for <paramref name="userName"/> with a fresh token created through the API's own service.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        var secret = await CreateTokenAsync(userName);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async Task<string> CreateTokenAsync(string userName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = AccessScope.System;
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var user = db.Users.Single(u => u.UserName == userName);
        access.ActorId = user.Id;
        access.ActorName = user.UserName;
        var created = await scope.ServiceProvider.GetRequiredService<Features.Account.TokenService>()
            .CreateAsync(new Contracts.V1.TokenCreateDto("test", 1), CancellationToken.None);
        return created.Value!.Secret;
    }

    /// <summary>A browser-like client signed in through the real login form (cookie + antiforgery).</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts a form the way a browser would: first reads the antiforgery token from a page.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenSourcePath = null)
    {
        var page = await client.GetStringAsync(tokenSourcePath ?? (path.Contains('?', StringComparison.Ordinal) ? path[..path.IndexOf('?', StringComparison.Ordinal)] : path));
        var token = AntiforgeryField().Match(page);
        var body = new Dictionary<string, string>(fields);
        if (token.Success)
        {
            body["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>();
        return value ?? throw new InvalidOperationException("Empty body");
    }

    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            return;
        }

        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS; the temp folder is cleaned eventually.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
