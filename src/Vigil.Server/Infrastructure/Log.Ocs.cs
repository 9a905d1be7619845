using Vigil.Server.Features.Inventory;

namespace Vigil.Server;

/// <summary>The OCS endpoint's messages (event ids 300–309). Device ids and tags come from agents, never secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(300, LogLevel.Debug, "OCS prolog from device {DeviceId} at {Address}")]
    public static partial void OcsProlog(ILogger logger, string deviceId, string? address);

    [LoggerMessage(301, LogLevel.Information, "OCS inventory from device {DeviceId} (TAG {Tag}) at {Address}: {Status}")]
    public static partial void OcsInventoryIngested(ILogger logger, string deviceId, string? tag, IngestStatus status, string? address);

    [LoggerMessage(302, LogLevel.Warning, "OCS request from {Address} refused: {Code} {Reason} ({Location})")]
    public static partial void OcsRequestRefused(ILogger logger, string? address, string code, string reason, string? location);
}
