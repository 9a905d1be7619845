namespace Vigil.Server;

/// <summary>Isolation messages: event ids 700–749.</summary>
internal static partial class Log
{
    [LoggerMessage(700, LogLevel.Warning, "Isolation {IsolationId} of computer {ComputerId} requested ({Mode})")]
    public static partial void IsolationRequested(ILogger logger, Guid isolationId, Guid computerId, string mode);

    [LoggerMessage(701, LogLevel.Information, "Release of isolation {IsolationId} of computer {ComputerId} requested")]
    public static partial void IsolationReleaseRequested(ILogger logger, Guid isolationId, Guid computerId);

    [LoggerMessage(702, LogLevel.Information, "Quarantine feed {TokenId} served as {Format} ({Status})")]
    public static partial void QuarantineFeedServed(ILogger logger, Guid tokenId, string format, int status);

    [LoggerMessage(703, LogLevel.Warning, "Quarantine feed request with an unknown or revoked token from {Address}")]
    public static partial void QuarantineFeedRefused(ILogger logger, string? address);
}
