namespace Vigil.Domain.Notifications;

public enum NotificationChannel
{
    Email,
    Webhook,
}
