using Microsoft.Extensions.Options;
using Vigil.Storage;

namespace Vigil.Server.Hosting;

/// <summary>Builds the web application: services, middleware and endpoints, and the start-up work before listening.</summary>
public static class VigilServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="configureServices">Replaces services after Vigil's own (tests: a manual clock).</param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        // Content (settings, static files) comes from the program's folder, data from the working directory,
        // so `dotnet run --project src/Vigil.Server` from the repository root keeps its data in ./vigil-data.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = NormaliseArgs(args),
            ContentRootPath = AppContext.BaseDirectory,
            // Pages and static assets belong to this assembly even when a test host is the entry assembly.
            ApplicationName = typeof(VigilServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseStaticWebAssets();
        if (builder.Configuration["urls"] is null && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddVigilServices(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseVigilPipeline();
        app.MapVigilEndpoints();
        return app;
    }

    /// <summary>Creates or upgrades the schema, then the first administrator and (with --demo) the demo data.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var storage = app.Services.GetRequiredService<StorageOptions>();
        if (storage.Provider == StorageProvider.Sqlite)
        {
            Directory.CreateDirectory(storage.DataDirectoryFullPath);
            var held = Features.Backup.DataDirectoryLock.TryAcquire(storage)
                ?? throw new InvalidOperationException($"Another Vigil server is using {storage.DataDirectoryFullPath}.");
            app.Lifetime.ApplicationStopped.Register(held.Dispose);
        }

        Directory.CreateDirectory(storage.FilesDirectory);
        var applied = await SchemaMigrator.MigrateAsync(storage.Provider, StorageServiceCollectionExtensions.ConnectionStringFor(storage), ct: ct);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Vigil.Startup");
        Log.SchemaReady(log, storage.Provider.ToString(), SchemaMigrator.LatestVersion(storage.Provider), applied.Count);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Features.Account.AdminBootstrap>().EnsureAdministratorAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Features.Compliance.CompliancePolicyService>().LoadAtStartupAsync(ct);

        // Before listening, so no report changes a source's addresses while its history is being backfilled.
        if (await scope.ServiceProvider.GetRequiredService<VigilDbContext>().BackfillAddressHistoryAsync(500, ct) is > 0 and var backfilled)
        {
            Log.AddressHistoryBackfilled(log, backfilled);
        }
        if (app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.Demo)
        {
            await scope.ServiceProvider.GetRequiredService<Features.Demo.DemoSeeder>().SeedIfEmptyAsync(ct);
        }
    }

    /// <summary>Turns the bare <c>--demo</c> switch into a configuration key the command-line provider understands.</summary>
    internal static string[] NormaliseArgs(string[] args) =>
        [.. args.Select(a => a == "--demo" ? "--Vigil:Demo=true" : a)];
}
