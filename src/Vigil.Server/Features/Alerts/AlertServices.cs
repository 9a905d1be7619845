using Vigil.Server.Features.Jobs;

namespace Vigil.Server.Features.Alerts;

internal static class AlertServices
{
    public static void AddAlerts(IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName);
        services.AddSingleton<LogStore>();
        services.AddSingleton<HuntLocks>();
        services.AddScoped<LogHuntService>();
        services.AddScoped<LogUploadService>();
        services.AddScoped<AlertService>();
        services.AddSingleton<IRecurringJob, RehuntJob>();
        services.AddSingleton<IRecurringJob, LogRetentionJob>();
        services.AddOptions<Syslog.SyslogOptions>().BindConfiguration(Syslog.SyslogOptions.SectionName);
        services.AddSingleton<Syslog.SyslogSpool>();
        services.AddHostedService(sp => sp.GetRequiredService<Syslog.SyslogSpool>());
        services.AddSingleton<Syslog.SyslogReceiver>();
        services.AddHostedService(sp => sp.GetRequiredService<Syslog.SyslogReceiver>());
        services.AddHostedService<WatchedFolderService>();
    }
}
