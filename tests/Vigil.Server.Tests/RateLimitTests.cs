using System.Net;

namespace Vigil.Server.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_BeyondThePermitsPerMinute_Gets429()
    {
        await using var server = await TestServer.StartAsync("--Vigil:SignInPermitsPerMinute=3");
        var client = server.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/login")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Api_BeyondTheMachinePermits_Gets429()
    {
        await using var server = await TestServer.StartAsync("--Vigil:MachinePermitsPerMinute=4");
        var api = await server.ApiClientAsync("admin");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await api.GetAsync("/api/v1/me")).StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
