using Vigil.Server.Features.Jobs;
using Vigil.Server.Features.Remediation;

namespace Vigil.Server.Features.Compliance;

internal static class ComplianceServices
{
    /// <summary>Compliance evaluation, its job and health check, and remediation.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.AddOptions<ComplianceOptions>().BindConfiguration(ComplianceOptions.SectionName)
            .Validate(o => o.BatchSize > 0 && o.RemediationDueDays >= 0 && o.MaxBulkItems > 0 && o.LeaseDuration > TimeSpan.Zero && o.MaxTrendDays > 0,
                "Vigil:Compliance: BatchSize, MaxBulkItems, LeaseDuration and MaxTrendDays must be positive, RemediationDueDays not negative.")
            .ValidateOnStart();
        services.AddSingleton<CompliancePolicyHolder>();
        services.AddScoped<CompliancePolicyService>();
        services.AddScoped<ComplianceEvaluator>();
        services.AddScoped<ComplianceRunner>();
        services.AddScoped<ComplianceQuery>();
        services.AddScoped<ComputerComplianceQuery>();
        services.AddScoped<EsuService>();
        services.AddScoped<RemediationQuery>();
        services.AddScoped<RemediationService>();
        services.AddScoped<NetworkDevices.NetworkDeviceQuery>();
        services.AddScoped<NetworkDevices.NetworkDeviceCliService>();
        services.AddScoped<NetworkDevices.FirmwareBaselineService>();
        services.AddScoped<NetworkDevices.DeviceLifecycleService>();
        services.AddScoped<RemediationBulkService>();
        services.AddScoped<ComputerRetirementService>();
        services.AddScoped<Demo.DemoComplianceSeeder>();
        services.AddSingleton<IRecurringJob, ComplianceEvaluationJob>();
        services.AddHealthChecks().AddCheck<ComplianceHealthCheck>("compliance-policy", tags: ["ready"]);
        return services;
    }
}
