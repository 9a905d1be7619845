namespace Vigil.Server.Features.Incidents;

internal static class IncidentServices
{
    public static void AddIncidents(IServiceCollection services)
    {
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.SectionName)
            .Validate(o => o.MaxFileBytes > 0, "Vigil:Incidents:MaxFileBytes must be positive.")
            .ValidateOnStart();
        services.AddScoped<IncidentTimeline>();
        services.AddScoped<IncidentService>();
        services.AddScoped<IncidentQuery>();
        services.AddScoped<IncidentFiles>();
        services.AddScoped<IncidentAlertIntake>();
        services.AddScoped<IncidentReportService>();
    }
}
