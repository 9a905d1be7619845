namespace Vigil.Domain.Notifications;

/// <summary>The events people can subscribe to, as stored in subscriptions and sent in payloads.</summary>
public static class NotificationEvents
{
    public const string IncidentCreated = "incident.created";
    public const string IncidentStatusChanged = "incident.status_changed";
    public const string DeadlineApproaching = "incident.deadline_approaching";
    public const string DeadlineOverdue = "incident.deadline_overdue";
    public const string IsolationResult = "isolation.result";

    public static IReadOnlyList<string> All { get; } = [IncidentCreated, IncidentStatusChanged, DeadlineApproaching, DeadlineOverdue, IsolationResult];
}
