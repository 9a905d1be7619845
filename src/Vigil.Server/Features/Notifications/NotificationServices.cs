namespace Vigil.Server.Features.Notifications;

internal static class NotificationServices
{
    public static void AddNotifications(IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName)
            .Validate(o => o.WebhookTimeoutSeconds > 0 && o.BatchSize > 0, "Vigil:Notifications timeout and batch size must be positive.")
            .ValidateOnStart();
        services.AddHttpClient(NotificationSender.HttpClientName, (sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value.WebhookTimeoutSeconds));
        services.AddSingleton<WebhookSecretProtector>();
        services.AddScoped<NotificationPublisher>();
        services.AddScoped<NotificationSender>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<InAppNotifications>();
        services.AddSingleton<Jobs.IRecurringJob, NotificationDeliveryJob>();
        services.AddSingleton<Jobs.IRecurringJob, IncidentDeadlineJob>();
    }
}
