using Vigil.Server.Features.Compliance;

namespace Vigil.Server;

/// <summary>Compliance evaluation's messages (event ids 400–409).</summary>
internal static partial class Log
{
    [LoggerMessage(400, LogLevel.Information, "Compliance policy {Fingerprint} active ({Origin}, {Rules} rules)")]
    public static partial void CompliancePolicyActive(ILogger logger, string fingerprint, PolicyOrigin origin, int rules);

    [LoggerMessage(401, LogLevel.Error, "Compliance policy file {File} refused: {Message}")]
    public static partial void CompliancePolicyFileRefused(ILogger logger, string file, string message);

    [LoggerMessage(402, LogLevel.Information, "Compliance pass evaluated {Computers} computers as of {AsOf} with {Fingerprint}")]
    public static partial void CompliancePassDone(ILogger logger, int computers, DateOnly asOf, string fingerprint);

    [LoggerMessage(403, LogLevel.Debug, "Compliance pass skipped: instance {Owner} holds the evaluation lease")]
    public static partial void CompliancePassLeased(ILogger logger, string? owner);
}
