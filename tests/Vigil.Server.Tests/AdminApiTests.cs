namespace Vigil.Server.Tests;

/// <summary>Base of test classes that need a fresh server and an API client signed in as the administrator.</summary>
public abstract class AdminApiTests : IAsyncLifetime
{
    protected TestServer Server { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        Admin = await Server.ApiClientAsync("admin");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
