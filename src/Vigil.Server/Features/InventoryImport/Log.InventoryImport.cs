namespace Vigil.Server;

// Kept beside the feature so that parallel work on other features does not edit the same lines of Log.cs.
internal static partial class Log
{
    [LoggerMessage(40, LogLevel.Information, "{Actor} imported {File} ({Sha256}): computers {ComputersNew} new, {ComputersUpdated} updated, {ComputersUnchanged} unchanged; network devices {DevicesNew} new, {DevicesUpdated} updated, {DevicesUnchanged} unchanged")]
    public static partial void InventoryImported(ILogger logger, string actor, string file, string sha256, int computersNew, int computersUpdated, int computersUnchanged, int devicesNew, int devicesUpdated, int devicesUnchanged);

    [LoggerMessage(41, LogLevel.Information, "{Actor} tried to import {File} ({Sha256}): rejected with {Errors} errors, first {FirstCode}")]
    public static partial void InventoryImportRejected(ILogger logger, string actor, string file, string sha256, int errors, string firstCode);
}
