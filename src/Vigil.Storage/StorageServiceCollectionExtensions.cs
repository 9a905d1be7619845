using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="VigilDbContext"/> for the configured provider and a per-scope <see cref="AccessContext"/>.
    /// Contexts come from a pool and are bound to the scope's access and clock; the options are built once.
    /// </summary>
    public static IServiceCollection AddVigilStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddScoped<AccessContext>();
        services.AddSingleton<PlannerStatistics>();
        services.AddPooledDbContextFactory<VigilDbContext>(builder => Configure(builder, options));
        // Disposing the scope returns the context to the pool, which clears its tracked entities.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<VigilDbContext>>().CreateDbContext()
            .Bind(provider.GetRequiredService<AccessContext>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                builder.UseSqlite(options.SqliteConnectionString).AddInterceptors(SqliteTuning.Interceptor.Instance);
                break;
            case StorageProvider.Postgres:
                builder.UseNpgsql(PostgresTuning.Tune(options.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL.")));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options));
        }

        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }

    /// <summary>The SQLite and PostgreSQL models differ (date converters), so cache one per provider.</summary>
    private sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), context.Database.ProviderName, designTime);
    }

    /// <summary>The connection string the migrator uses for these options.</summary>
    public static string ConnectionStringFor(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider == StorageProvider.Sqlite ? options.SqliteConnectionString : options.ConnectionString!;
    }
}
