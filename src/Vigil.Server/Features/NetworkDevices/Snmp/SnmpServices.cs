using Vigil.Server.Features.Jobs;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

internal static class SnmpServices
{
    /// <summary>SNMP credential profiles, poll targets, polling and its schedule.</summary>
    public static IServiceCollection AddSnmpPolling(this IServiceCollection services)
    {
        services.AddOptions<SnmpOptions>().BindConfiguration(SnmpOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Retries >= 0 && o.PollInterval > TimeSpan.Zero && o.MaxRepetitions is > 0 and <= 100 && o.MaxEntityRows > 0,
                "Vigil:Snmp: Timeout and PollInterval must be positive, Retries not negative, MaxRepetitions 1–100, MaxEntityRows positive.")
            .ValidateOnStart();
        services.AddSingleton<SnmpSecretProtector>();
        services.AddScoped<SnmpCredentialService>();
        services.AddScoped<SnmpTargetService>();
        services.AddScoped<SnmpPollService>();
        services.AddSingleton<IRecurringJob, SnmpPollJob>();
        return services;
    }
}
