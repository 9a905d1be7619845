namespace Vigil.Server;

/// <summary>Incident, incident report and notification messages: event ids 750–799.</summary>
internal static partial class Log
{
    [LoggerMessage(750, LogLevel.Information, "Incident {IncidentId} opened in unit {UnitId} (severity {Severity}, rule {Rule})")]
    public static partial void IncidentOpened(ILogger logger, Guid incidentId, Guid unitId, string severity, string rule);

    [LoggerMessage(751, LogLevel.Information, "Incident {IncidentId} moved from {From} to {To}")]
    public static partial void IncidentStatusChanged(ILogger logger, Guid incidentId, string from, string to);

    [LoggerMessage(752, LogLevel.Information, "Alert {AlertId} attached to incident {IncidentId}")]
    public static partial void AlertAttached(ILogger logger, Guid alertId, Guid incidentId);

    [LoggerMessage(753, LogLevel.Information, "File {FileId} ({Size} bytes) stored with incident {IncidentId}")]
    public static partial void IncidentFileStored(ILogger logger, Guid incidentId, Guid fileId, long size);

    [LoggerMessage(760, LogLevel.Information, "Notification {MessageId} ({Event}) delivered by {Channel}")]
    public static partial void NotificationDelivered(ILogger logger, Guid messageId, string @event, string channel);

    [LoggerMessage(761, LogLevel.Warning, "Notification {MessageId} failed (attempt {Attempts}), next try at {NextAttemptAt}: {Error}")]
    public static partial void NotificationRetry(ILogger logger, Guid messageId, int attempts, DateTime nextAttemptAt, string error);

    [LoggerMessage(762, LogLevel.Error, "Notification {MessageId} given up after {Attempts} attempts: {Error}")]
    public static partial void NotificationGaveUp(ILogger logger, Guid messageId, int attempts, string error);

    [LoggerMessage(763, LogLevel.Information, "Raised {Count} incident deadline notices")]
    public static partial void DeadlineNoticesRaised(ILogger logger, int count);
}
