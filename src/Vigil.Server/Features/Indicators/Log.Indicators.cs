namespace Vigil.Server;

/// <summary>Threat-indicator messages: event ids 560–589. Feed tokens are never logged, only their ids.</summary>
internal static partial class Log
{
    [LoggerMessage(560, LogLevel.Information, "Indicator import {BatchId} into unit {UnitId}: {Created} new, {Merged} merged, {Rejected} lines rejected, {Overrides} overrides")]
    public static partial void IndicatorsImported(ILogger logger, Guid batchId, Guid unitId, int created, int merged, int rejected, int overrides);

    [LoggerMessage(561, LogLevel.Information, "Indicator {IndicatorId} changed: {Change}")]
    public static partial void IndicatorChanged(ILogger logger, Guid indicatorId, string change);

    [LoggerMessage(562, LogLevel.Information, "Indicator pack {PackId} ({Key} v{Version}) created with {Count} indicators")]
    public static partial void PackCreated(ILogger logger, Guid packId, string key, int version, int count);

    [LoggerMessage(563, LogLevel.Information, "Indicator pack {PackId} published to the subtree of unit {TargetUnitId}")]
    public static partial void PackPublished(ILogger logger, Guid packId, Guid targetUnitId);

    [LoggerMessage(564, LogLevel.Information, "Unit {UnitId} recorded a deployment of indicator pack {PackId} ({Kind})")]
    public static partial void PackDeployed(ILogger logger, Guid packId, Guid unitId, string kind);

    [LoggerMessage(565, LogLevel.Information, "Feed token {TokenId} created for unit {UnitId}")]
    public static partial void FeedTokenCreated(ILogger logger, Guid tokenId, Guid unitId);

    [LoggerMessage(566, LogLevel.Information, "Feed token {TokenId} revoked")]
    public static partial void FeedTokenRevoked(ILogger logger, Guid tokenId);

    [LoggerMessage(567, LogLevel.Debug, "Feed token {TokenId} served {Format}: {Status}")]
    public static partial void FeedServed(ILogger logger, Guid tokenId, string format, int status);

    [LoggerMessage(568, LogLevel.Warning, "Feed request with an unknown or revoked token from {Address}")]
    public static partial void FeedTokenRefused(ILogger logger, string? address);
}
