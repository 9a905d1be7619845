namespace Vigil.Server;

/// <summary>Directive and unit-report messages: event ids 520–549.</summary>
internal static partial class Log
{
    [LoggerMessage(520, LogLevel.Information, "Directive {DirectiveId} ({Number}) created with {Reports} unit reports")]
    public static partial void DirectiveCreated(ILogger logger, Guid directiveId, string number, int reports);

    [LoggerMessage(521, LogLevel.Information, "Report of unit {UnitId} for directive {DirectiveId} submitted as version {Version} (late: {Late})")]
    public static partial void ReportSubmitted(ILogger logger, Guid directiveId, Guid unitId, int version, bool late);

    [LoggerMessage(522, LogLevel.Information, "Report of unit {UnitId} for directive {DirectiveId} reopened after version {Version}")]
    public static partial void ReportReopened(ILogger logger, Guid directiveId, Guid unitId, int version);

    [LoggerMessage(523, LogLevel.Warning, "Report templates in {Path} refused, the defaults stay in force: {Reason}")]
    public static partial void TemplateFileRefused(ILogger logger, string path, string reason);

    [LoggerMessage(524, LogLevel.Information, "Sent {Count} reminders for directive {DirectiveId} due {DeadlineUtc}")]
    public static partial void RemindersSent(ILogger logger, Guid directiveId, int count, DateTime deadlineUtc);

    [LoggerMessage(525, LogLevel.Warning, "Reminder e-mail for directive {DirectiveId} to unit {UnitId} failed")]
    public static partial void ReminderMailFailed(ILogger logger, Exception exception, Guid directiveId, Guid unitId);
}
