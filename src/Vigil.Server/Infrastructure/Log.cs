namespace Vigil.Server;

/// <summary>Every log message of the server, with stable event ids. Never pass secrets to these.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Schema ready on {Provider} at version {Version} ({Applied} migrations applied now)")]
    public static partial void SchemaReady(ILogger logger, string provider, int version, int applied);

    [LoggerMessage(2, LogLevel.Warning, "Created the first administrator 'admin' with a one-time password printed on the console")]
    public static partial void AdministratorCreatedWithGeneratedPassword(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Created the first administrator 'admin' with the configured password")]
    public static partial void AdministratorCreated(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Loaded demo data: {Units} units, {Users} users, {Computers} computers, {Devices} network devices")]
    public static partial void DemoLoaded(ILogger logger, int units, int users, int computers, int devices);

    [LoggerMessage(5, LogLevel.Warning, "Sign-in failed for '{UserName}' from {Address}")]
    public static partial void SignInFailed(ILogger logger, string userName, string? address);

    [LoggerMessage(6, LogLevel.Warning, "Account '{UserName}' locked until {Until}")]
    public static partial void AccountLocked(ILogger logger, string userName, DateTime until);

    [LoggerMessage(7, LogLevel.Information, "Job {Job} due {DueAt} ran on {Instance}")]
    public static partial void JobRan(ILogger logger, string job, DateTime dueAt, string instance);

    [LoggerMessage(8, LogLevel.Error, "Job {Job} due {DueAt} failed")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job, DateTime dueAt);

    [LoggerMessage(9, LogLevel.Warning, "Refused a change outside the caller's scope: {Reason}")]
    public static partial void ScopeViolation(ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Warning, "Could not record the use of API token {TokenId}; the request goes on")]
    public static partial void TokenUseNotRecorded(ILogger logger, Exception exception, Guid tokenId);

    [LoggerMessage(11, LogLevel.Warning, "A batch of {Count} inventory reports failed as a whole; writing them one by one")]
    public static partial void ReportBatchFailed(ILogger logger, int count);

    [LoggerMessage(12, LogLevel.Information, "Analyzed {Tables}: they had grown past what PostgreSQL's planner last saw")]
    public static partial void PlannerStatisticsRefreshed(ILogger logger, string tables);

    [LoggerMessage(13, LogLevel.Warning, "Could not refresh the planner statistics; autovacuum will")]
    public static partial void PlannerStatisticsNotRefreshed(ILogger logger, Exception exception);

    [LoggerMessage(550, LogLevel.Information, "Converted a {DocxBytes}-byte document to a {PdfBytes}-byte PDF in {ElapsedMs} ms")]
    public static partial void PdfConverted(ILogger logger, int docxBytes, int pdfBytes, long elapsedMs);

    [LoggerMessage(551, LogLevel.Error, "LibreOffice was not found at '{Path}'; PDF conversion is unavailable")]
    public static partial void PdfConverterMissing(ILogger logger, string path);

    [LoggerMessage(552, LogLevel.Warning, "LibreOffice failed to convert a document to PDF (exit code {ExitCode}): {Output}")]
    public static partial void PdfConversionFailed(ILogger logger, int exitCode, string output);

    [LoggerMessage(553, LogLevel.Warning, "LibreOffice did not finish a PDF conversion within {Timeout}; its process tree was killed")]
    public static partial void PdfConversionTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(554, LogLevel.Warning, "Could not delete the PDF conversion folder {Folder}")]
    public static partial void PdfWorkFolderNotDeleted(ILogger logger, Exception exception, string folder);
}
