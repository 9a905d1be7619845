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
}
