namespace Vigil.Server.Tests;

/// <summary>Base of test classes that need a running server with the two-branch world seeded, one per class.</summary>
public abstract class TwoBranchServerTests(params string[] serverArgs) : IAsyncLifetime
{
    protected TestServer Server { get; private set; } = null!;

    protected TwoBranchWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync(serverArgs);
        World = await TwoBranchWorld.SeedAsync(Server);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
