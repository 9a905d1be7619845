using Vigil.Server.Features.Compliance;

namespace Vigil.Server.Features.Export;

internal static class ExportServices
{
    /// <summary>The .xlsx exports of the lists, shared by pages and the API.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<ComplianceText>();
        services.AddScoped<InventoryExport>();
        services.AddScoped<ComplianceResultsExport>();
        services.AddScoped<RemediationExport>();
        return services;
    }
}
