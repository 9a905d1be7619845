using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Units;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Browser.Tests;

/// <summary>A real Vigil server on a free loopback port with its own temporary data directory; one per test class.</summary>
public class VigilServerFixture : IAsyncLifetime
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Browser-Test-Admin-2024!";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "vigil-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        app = VigilServer.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--Storage:DataDirectory=" + dataDirectory,
            "--Vigil:AdminPassword=" + AdminPassword,
            "--Vigil:SignInPermitsPerMinute=1000",
            "--Jobs:Enabled=false",
            "--Environment=Production",
            // The entry assembly is the test host: name the server so its Razor pages and static web assets are found.
            "--applicationName=vigil-server",
            "--Logging:LogLevel:Default=Warning",
            .. ExtraArguments,
        ]);
        await VigilServer.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the run; the folder is in the temp directory.
        }
    }

    /// <summary>More command-line arguments for the server (e.g. --demo).</summary>
    protected virtual string[] ExtraArguments => [];

    /// <summary>Reads the server's database with system rights, for tests that must find data to look at.</summary>
    public async Task<T> WithSystemDbAsync<T>(Func<VigilDbContext, Task<T>> work)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        return await work(scope.ServiceProvider.GetRequiredService<VigilDbContext>());
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    private readonly HashSet<string> done = [];

    /// <summary>Runs a set-up step once for this server, however many tests of the class ask for it.</summary>
    public async Task OnceAsync(string key, Func<Task> step)
    {
        lock (done)
        {
            if (!done.Add(key))
            {
                return;
            }
        }

        await step();
    }

    /// <summary>Creates a unit directly through the service, with system rights, for tests that need data but do not test its creation.</summary>
    public async Task<OrgUnit> SeedUnitAsync(string code, string name, UnitKind kind, Guid? parentId = null)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        var units = scope.ServiceProvider.GetRequiredService<UnitService>();
        var result = await units.CreateAsync(new UnitWriteDto(parentId, code, name, kind.ToString(), null, null, null, null, null, null), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }
}
