namespace Vigil.Server;

/// <summary>SNMP polling's messages (event ids 500–519). Never pass communities or passphrases to these.</summary>
internal static partial class Log
{
    [LoggerMessage(500, LogLevel.Information, "SNMP poll of {Address}:{Port} stored device {DeviceId} ({Hostname})")]
    public static partial void SnmpPollSucceeded(ILogger logger, string address, int port, Guid deviceId, string hostname);

    [LoggerMessage(501, LogLevel.Warning, "SNMP poll of {Address}:{Port} failed: {Code} {Message}")]
    public static partial void SnmpPollFailed(ILogger logger, string address, int port, string code, string message);

    [LoggerMessage(502, LogLevel.Information, "Scheduled SNMP poll: {Targets} targets, {Failed} failed")]
    public static partial void SnmpScheduledPollDone(ILogger logger, int targets, int failed);

    [LoggerMessage(503, LogLevel.Debug, "SNMP agent {Address}:{Port} asked to resynchronise (notInTimeWindow); retrying once")]
    public static partial void SnmpResynchronised(ILogger logger, string address, int port);

    [LoggerMessage(504, LogLevel.Debug, "Ignored an SNMP datagram from {Remote} that is not the answer awaited")]
    public static partial void SnmpStrayDatagram(ILogger logger, string remote);

    [LoggerMessage(505, LogLevel.Error, "The secrets of SNMP credential profile {ProfileId} cannot be decrypted; re-enter them")]
    public static partial void SnmpSecretsUnreadable(ILogger logger, Guid profileId);
}
