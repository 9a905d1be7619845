using Vigil.Domain.Common;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// Builds SNMPv3 requests and opens replies for the user-based security model: discovery, signing and encryption of
/// requests, digest check and decryption of replies, and the meaning of Report PDUs (RFC 3414 3.2, 11.2).
/// </summary>
public static class SnmpV3Messages
{
    /// <summary>What we accept in a reply; the largest UDP payload.</summary>
    public const int MaxMessageSize = 65_507;

    public static readonly SnmpOid UnsupportedSecLevels = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.1.0");
    public static readonly SnmpOid NotInTimeWindows = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.2.0");
    public static readonly SnmpOid UnknownUserNames = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.3.0");
    public static readonly SnmpOid UnknownEngineIds = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.4.0");
    public static readonly SnmpOid WrongDigests = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.5.0");
    public static readonly SnmpOid DecryptionErrors = SnmpOid.Parse("1.3.6.1.6.3.15.1.1.6.0");

    /// <summary>An unauthenticated, reportable request with no user and no engine: the agent answers with a Report carrying its engine.</summary>
    public static byte[] Discovery(int messageId, int requestId)
    {
        var scoped = SnmpCodec.EncodeScopedPdu([], [], SnmpPdu.Get(requestId, []));
        return SnmpCodec.EncodeV3(messageId, MaxMessageSize, SnmpMessage.FlagReportable, UsmSecurityParameters.Discovery, scoped).Message;
    }

    public static byte[] Request(UsmLocalizedUser user, UsmEngine engine, int messageId, SnmpPdu pdu, ReadOnlySpan<byte> contextName, ulong salt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(engine);
        var scoped = SnmpCodec.EncodeScopedPdu(engine.EngineId, contextName, pdu);
        byte[] privParameters = [];
        if (user.PrivProtocol == UsmPrivProtocol.Aes128)
        {
            scoped = UsmCrypto.Encrypt(scoped, user.PrivKey, engine.Boots, engine.Time, salt, out privParameters);
        }

        var authParameters = new byte[UsmKeys.DigestLength(user.AuthProtocol)];
        var usm = new UsmSecurityParameters(engine.EngineId, engine.Boots, engine.Time, user.Name, authParameters, privParameters);
        var (message, authOffset) = SnmpCodec.EncodeV3(messageId, MaxMessageSize, (byte)(user.Flags | SnmpMessage.FlagReportable), usm, scoped);
        if (user.AuthProtocol != UsmAuthProtocol.None)
        {
            UsmCrypto.Sign(message, authOffset, user.AuthProtocol, user.AuthKey);
        }

        return message;
    }

    /// <summary>
    /// Opens a reply to message <paramref name="messageId"/>. With <paramref name="user"/> null (discovery) only an
    /// unauthenticated Report is expected. A reply to another message id is the error <see cref="OtherMessage"/>, so
    /// the caller can drop it and keep waiting for its own.
    /// </summary>
    public static Result<SnmpV3Reply> Open(ReadOnlySpan<byte> data, UsmLocalizedUser? user, int messageId)
    {
        var decoded = SnmpCodec.Decode(data);
        if (!decoded.IsSuccess)
        {
            return decoded.Error!;
        }

        var message = decoded.Value!;
        if (message.Version != SnmpMessage.VersionV3 || message.Usm is null)
        {
            return Error.Validation(SnmpCodes.Malformed, "An SNMPv3 request was answered with an SNMPv2c message.");
        }

        if (message.MessageId != messageId)
        {
            return Error.Validation(OtherMessage, $"A reply to message {message.MessageId}, not {messageId}.");
        }

        var usm = message.Usm;
        var engine = new UsmEngine(usm.EngineId, usm.EngineBoots, usm.EngineTime);
        var authenticated = (message.Flags & SnmpMessage.FlagAuth) != 0;
        if (authenticated)
        {
            if (user is null || user.AuthProtocol == UsmAuthProtocol.None)
            {
                return Error.Validation(SnmpCodes.Malformed, "The agent sent an authenticated reply to an unauthenticated request.");
            }

            if (!UsmCrypto.Verify(data, message.AuthParametersOffset, usm.AuthParameters.Length, user.AuthProtocol, user.AuthKey))
            {
                return Error.Validation(SnmpCodes.WrongDigest,
                    "The agent's reply does not carry a valid digest for this user: the authentication passphrase or protocol does not match the agent's.");
            }
        }

        var pdu = message.Pdu;
        var contextName = message.ContextName;
        if (message.EncryptedPdu is { } encrypted)
        {
            if (!authenticated || user is null || user.PrivProtocol == UsmPrivProtocol.None)
            {
                return Error.Validation(SnmpCodes.Malformed, "The agent sent an encrypted reply without authentication or to an unencrypted request.");
            }

            var plain = UsmCrypto.Decrypt(encrypted, user.PrivKey, usm.EngineBoots, usm.EngineTime, usm.PrivParameters);
            var scoped = plain is null ? default : SnmpCodec.DecodeScopedPdu(plain);
            if (plain is null || !scoped.IsSuccess)
            {
                return Error.Validation(SnmpCodes.DecryptionError,
                    "The agent's reply could not be decrypted: the privacy passphrase or protocol does not match the agent's.");
            }

            (_, contextName, pdu) = scoped.Value;
        }

        if (pdu is null)
        {
            return Error.Validation(SnmpCodes.Malformed, "The reply has no PDU.");
        }

        if (pdu.Type != BerTag.Report && (!authenticated && user is not null && user.AuthProtocol != UsmAuthProtocol.None))
        {
            return Error.Validation(SnmpCodes.UnsupportedSecurityLevel, "The agent answered an authenticated request without authentication.");
        }

        return new SnmpV3Reply(pdu, engine, authenticated, contextName);
    }

    /// <summary>The error a Report PDU stands for (RFC 3414 3.2 usmStats counters); null when it is not a Report.</summary>
    public static Error? ReportError(SnmpPdu pdu, string userName)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        if (pdu.Type != BerTag.Report)
        {
            return null;
        }

        var oid = pdu.VarBinds.Count > 0 ? pdu.VarBinds[0].Oid : SnmpOid.Empty;
        if (oid == UnknownUserNames)
        {
            return Error.Validation(SnmpCodes.UnknownUserName, $"The agent does not know the SNMPv3 user '{userName}'.");
        }

        if (oid == WrongDigests)
        {
            return Error.Validation(SnmpCodes.WrongDigest,
                "The agent rejected the request's digest (usmStatsWrongDigests): the authentication passphrase or protocol is wrong.");
        }

        if (oid == DecryptionErrors)
        {
            return Error.Validation(SnmpCodes.DecryptionError,
                "The agent could not decrypt the request (usmStatsDecryptionErrors): the privacy passphrase or protocol is wrong.");
        }

        if (oid == NotInTimeWindows)
        {
            return Error.Validation(SnmpCodes.NotInTimeWindow, "The request was outside the agent's time window (usmStatsNotInTimeWindows), even after resynchronising.");
        }

        if (oid == UnknownEngineIds)
        {
            return Error.Validation(SnmpCodes.UnknownEngineId, "The agent did not accept its own engine id (usmStatsUnknownEngineIDs).");
        }

        if (oid == UnsupportedSecLevels)
        {
            return Error.Validation(SnmpCodes.UnsupportedSecurityLevel,
                $"The agent does not allow user '{userName}' at this security level (usmStatsUnsupportedSecLevels): check whether it is set up for authPriv.");
        }

        return Error.Validation(SnmpCodes.Report, $"The agent answered with a report ({oid}).");
    }

    /// <summary>A reply that belongs to another request; the transport keeps waiting for its own.</summary>
    public const string OtherMessage = "snmp.other_message";
}
