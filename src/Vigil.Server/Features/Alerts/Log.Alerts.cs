namespace Vigil.Server;

/// <summary>Log hunting and alert messages: event ids 600–649. Log contents are never logged, only names and counts.</summary>
internal static partial class Log
{
    [LoggerMessage(600, LogLevel.Information, "Hunted log {LogId} of unit {UnitId} from byte {From} with {Indicators} indicators: {Lines} lines, {Hits} hits, {Created} alerts created, {Updated} updated")]
    public static partial void LogHunted(ILogger logger, Guid logId, Guid unitId, long from, int indicators, long lines, long hits, int created, int updated);

    [LoggerMessage(601, LogLevel.Information, "Alert {AlertId} is now {Status}")]
    public static partial void AlertStatusChanged(ILogger logger, Guid alertId, string status);

    [LoggerMessage(602, LogLevel.Warning, "Retained log {LogId} is missing on disk at {Path}; its records stay until retention")]
    public static partial void RetainedLogMissing(ILogger logger, Guid logId, string path);

    [LoggerMessage(603, LogLevel.Information, "Retention deleted {Count} retained logs received before {Cutoff}")]
    public static partial void RetainedLogsDeleted(ILogger logger, int count, DateTime cutoff);

    [LoggerMessage(604, LogLevel.Warning, "Could not delete retained log file {Path}")]
    public static partial void RetainedLogNotDeleted(ILogger logger, Exception exception, string path);

    [LoggerMessage(605, LogLevel.Error, "Hunting retained log {LogId} failed; it is tried again on the next pass")]
    public static partial void LogHuntFailed(ILogger logger, Exception exception, Guid logId);

    [LoggerMessage(606, LogLevel.Warning, "Watched folder {Folder} names unit '{Unit}', which does not exist; the folder is skipped")]
    public static partial void WatchedFolderUnitUnknown(ILogger logger, string folder, string unit);

    [LoggerMessage(607, LogLevel.Information, "Re-hunt pass: {Logs} retained logs hunted again with a changed indicator set")]
    public static partial void RehuntPass(ILogger logger, int logs);

    [LoggerMessage(608, LogLevel.Information, "Syslog receiver listening on UDP {Udp} and TCP {Tcp}")]
    public static partial void SyslogListening(ILogger logger, string udp, string tcp);

    [LoggerMessage(609, LogLevel.Warning, "Dropped syslog from {Sender}: no Vigil:Syslog:Senders rule maps it to a unit ({Dropped} dropped since start; this warning repeats at most once a minute)")]
    public static partial void SyslogSenderUnmapped(ILogger logger, string sender, long dropped);

    [LoggerMessage(610, LogLevel.Warning, "Syslog sender rule ignored: {Problem}")]
    public static partial void SyslogSenderRuleInvalid(ILogger logger, string problem);

    [LoggerMessage(611, LogLevel.Warning, "Scanning watched folder {Folder} failed; it is tried again on the next pass")]
    public static partial void WatchedFolderFailed(ILogger logger, Exception exception, string folder);
}
