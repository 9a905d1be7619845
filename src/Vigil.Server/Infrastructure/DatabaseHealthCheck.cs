using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vigil.Storage;

namespace Vigil.Server.Infrastructure;

/// <summary>Ready when the database answers and its schema is the version this build expects.</summary>
internal sealed class DatabaseHealthCheck(StorageOptions storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var current = await SchemaMigrator.CurrentVersionAsync(storage.Provider, StorageServiceCollectionExtensions.ConnectionStringFor(storage), cancellationToken);
            var expected = SchemaMigrator.LatestVersion(storage.Provider);
            return current == expected
                ? HealthCheckResult.Healthy($"schema {current}")
                : HealthCheckResult.Unhealthy($"schema {current}, expected {expected}");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
