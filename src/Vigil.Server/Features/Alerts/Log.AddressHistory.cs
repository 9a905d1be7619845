namespace Vigil.Server;

/// <summary>Address history (which computer had an address when): event ids 620–649.</summary>
internal static partial class Log
{
    [LoggerMessage(620, LogLevel.Information, "Address history backfilled from the current snapshots of {Sources} inventory sources")]
    public static partial void AddressHistoryBackfilled(ILogger logger, int sources);
}
