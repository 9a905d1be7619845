namespace Vigil.Server;

/// <summary>Vulnerability catalog and matching messages (event ids 650–699).</summary>
internal static partial class Log
{
    [LoggerMessage(650, LogLevel.Information, "Vulnerability catalog import ({Kind}, {File}): {Items} items, {Created} created, {Updated} updated, {Unchanged} unchanged")]
    public static partial void VulnerabilityImported(ILogger logger, string kind, string file, int items, int created, int updated, int unchanged);

    [LoggerMessage(651, LogLevel.Information, "Vulnerability import ({Kind}, {File}) refused with {Errors} errors, first {Code}: {Message}")]
    public static partial void VulnerabilityImportRefused(ILogger logger, string kind, string file, int errors, string code, string message);

    [LoggerMessage(652, LogLevel.Information, "Vulnerability pass matched {Assets} assets: {Opened} findings opened, {Updated} updated, {Closed} closed (catalog {Stamp})")]
    public static partial void VulnerabilityPassDone(ILogger logger, int assets, int opened, int updated, int closed, string stamp);

    [LoggerMessage(653, LogLevel.Information, "Bulletin {DocumentNumber} matched on {Assets} assets: {Opened} findings opened, {Closed} closed")]
    public static partial void VulnerabilityBulletinMatched(ILogger logger, string documentNumber, int assets, int opened, int closed);

    [LoggerMessage(654, LogLevel.Information, "Vulnerability match {Owner} not started: {Holder} holds the match lease")]
    public static partial void VulnerabilityMatchLeased(ILogger logger, string owner, string holder);
}
