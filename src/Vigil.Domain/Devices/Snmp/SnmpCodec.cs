using Vigil.Domain.Common;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// Encodes and decodes SNMPv2c and SNMPv3 messages (RFC 3416, RFC 3412, RFC 3414). Decoding never throws: malformed
/// input is an <see cref="Error"/> with code <see cref="SnmpCodes.Malformed"/> whose message says where and why.
/// </summary>
public static class SnmpCodec
{
    /// <summary>The user-based security model's number in msgSecurityModel.</summary>
    public const int UsmSecurityModel = 3;

    public static byte[] EncodeV2c(ReadOnlySpan<byte> community, SnmpPdu pdu)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        return BerWriter.Sequence(BerWriter.Integer(SnmpMessage.VersionV2c), BerWriter.OctetString(community), pdu.Encode());
    }

    public static byte[] EncodeScopedPdu(ReadOnlySpan<byte> contextEngineId, ReadOnlySpan<byte> contextName, SnmpPdu pdu)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        return BerWriter.Sequence(BerWriter.OctetString(contextEngineId), BerWriter.OctetString(contextName), pdu.Encode());
    }

    /// <summary>
    /// An SNMPv3 message; <paramref name="scopedPdu"/> is the encoded scoped PDU, or the ciphertext when the privacy flag is
    /// set. Returns the message and where its authentication parameters start, for the caller to write the digest into.
    /// </summary>
    public static (byte[] Message, int AuthOffset) EncodeV3(int messageId, int maxSize, byte flags, UsmSecurityParameters usm, byte[] scopedPdu)
    {
        ArgumentNullException.ThrowIfNull(usm);
        ArgumentNullException.ThrowIfNull(scopedPdu);
        var header = BerWriter.Sequence(BerWriter.Integer(messageId), BerWriter.Integer(maxSize), BerWriter.OctetString([flags]),
            BerWriter.Integer(UsmSecurityModel));
        var engineId = BerWriter.OctetString(usm.EngineId);
        var boots = BerWriter.Integer(usm.EngineBoots);
        var time = BerWriter.Integer(usm.EngineTime);
        var user = BerWriter.OctetString(System.Text.Encoding.UTF8.GetBytes(usm.UserName));
        var auth = BerWriter.OctetString(usm.AuthParameters);
        var priv = BerWriter.OctetString(usm.PrivParameters);
        var usmSequence = BerWriter.Sequence(engineId, boots, time, user, auth, priv);
        var securityParameters = BerWriter.OctetString(usmSequence);
        var payload = (flags & SnmpMessage.FlagPriv) != 0 ? BerWriter.OctetString(scopedPdu) : scopedPdu;
        var version = BerWriter.Integer(SnmpMessage.VersionV3);
        var message = BerWriter.Sequence(version, header, securityParameters, payload);

        var usmContent = engineId.Length + boots.Length + time.Length + user.Length + auth.Length + priv.Length;
        var contentLength = version.Length + header.Length + securityParameters.Length + payload.Length;
        var authOffset = BerWriter.HeaderLength(contentLength) + version.Length + header.Length + BerWriter.HeaderLength(usmSequence.Length)
            + BerWriter.HeaderLength(usmContent) + engineId.Length + boots.Length + time.Length + user.Length
            + BerWriter.HeaderLength(usm.AuthParameters.Length);
        return (message, authOffset);
    }

    public static Result<SnmpMessage> Decode(ReadOnlySpan<byte> data)
    {
        var outer = new BerReader(data);
        if (!outer.TryReadSequence("message", out var message))
        {
            return Malformed(outer.Problem);
        }

        if (outer.HasMore)
        {
            return Malformed($"byte {outer.Offset}: data follows the message");
        }

        if (!message.TryReadInteger("msgVersion", out var version))
        {
            return Malformed(message.Problem);
        }

        return version switch
        {
            SnmpMessage.VersionV2c => DecodeV2c(ref message),
            SnmpMessage.VersionV3 => DecodeV3(ref message, data),
            _ => Error.Validation(SnmpCodes.UnsupportedVersion, $"SNMP message version {version} is neither v2c (1) nor v3 (3)."),
        };
    }

    /// <summary>Reads a (decrypted) scoped PDU: context engine id, context name, PDU. Ciphertext padding after it is ignored.</summary>
    public static Result<(byte[] ContextEngineId, byte[] ContextName, SnmpPdu Pdu)> DecodeScopedPdu(ReadOnlySpan<byte> data)
    {
        var outer = new BerReader(data);
        if (!outer.TryReadSequence("scopedPDU", out var scoped))
        {
            return Malformed(outer.Problem);
        }

        if (!scoped.TryReadOctetString("contextEngineID", out var engine, out _) || !scoped.TryReadOctetString("contextName", out var name, out _))
        {
            return Malformed(scoped.Problem);
        }

        var pdu = SnmpPdu.TryRead(ref scoped, out var problem);
        return pdu is null ? Malformed(problem) : (engine.ToArray(), name.ToArray(), pdu);
    }

    private static Result<SnmpMessage> DecodeV2c(ref BerReader message)
    {
        if (!message.TryReadOctetString("community", out var community, out _))
        {
            return Malformed(message.Problem);
        }

        var pdu = SnmpPdu.TryRead(ref message, out var problem);
        if (pdu is null)
        {
            return Malformed(problem);
        }

        return new SnmpMessage { Version = SnmpMessage.VersionV2c, Community = community.ToArray(), Pdu = pdu };
    }

    private static Result<SnmpMessage> DecodeV3(ref BerReader message, ReadOnlySpan<byte> data)
    {
        if (!message.TryReadSequence("msgGlobalData", out var header) || !header.TryReadInteger("msgID", out var id)
            || !header.TryReadInteger("msgMaxSize", out var maxSize) || !header.TryReadOctetString("msgFlags", out var flags, out _)
            || !header.TryReadInteger("msgSecurityModel", out var model))
        {
            return Malformed(message.Problem ?? header.Problem);
        }

        if (flags.Length != 1 || id is < 0 or > int.MaxValue || maxSize is < 484 or > int.MaxValue)
        {
            return Malformed("msgGlobalData: msgFlags must be one octet, msgID 0..2147483647 and msgMaxSize at least 484");
        }

        if (model != UsmSecurityModel)
        {
            return Error.Validation(SnmpCodes.UnsupportedSecurityModel, $"Security model {model} is not the user-based security model (3).");
        }

        if (!message.TryReadOctetString("msgSecurityParameters", out var securityParameters, out var usmOffset))
        {
            return Malformed(message.Problem);
        }

        var usmReader = new BerReader(securityParameters, usmOffset);
        if (!usmReader.TryReadSequence("UsmSecurityParameters", out var usm)
            || !usm.TryReadOctetString("msgAuthoritativeEngineID", out var engineId, out _)
            || !usm.TryReadInteger("msgAuthoritativeEngineBoots", out var boots)
            || !usm.TryReadInteger("msgAuthoritativeEngineTime", out var time)
            || !usm.TryReadOctetString("msgUserName", out var user, out _)
            || !usm.TryReadOctetString("msgAuthenticationParameters", out var auth, out var authOffset)
            || !usm.TryReadOctetString("msgPrivacyParameters", out var priv, out _))
        {
            return Malformed(usmReader.Problem ?? usm.Problem);
        }

        if (boots is < 0 or > int.MaxValue || time is < 0 or > int.MaxValue || engineId.Length > 32 || user.Length > 32)
        {
            return Malformed("UsmSecurityParameters: engine boots or time out of range, or engine id or user name longer than 32 octets");
        }

        var parameters = new UsmSecurityParameters(engineId.ToArray(), (int)boots, (int)time, System.Text.Encoding.UTF8.GetString(user),
            auth.ToArray(), priv.ToArray());
        var result = new SnmpMessage
        {
            Version = SnmpMessage.VersionV3, MessageId = (int)id, MaxSize = (int)maxSize, Flags = flags[0], SecurityModel = (int)model,
            Usm = parameters, AuthParametersOffset = authOffset,
        };

        if ((flags[0] & SnmpMessage.FlagPriv) != 0)
        {
            return message.TryReadOctetString("encryptedPDU", out var encrypted, out _) ? result with { EncryptedPdu = encrypted.ToArray() }
                : Malformed(message.Problem);
        }

        var start = message.Offset;
        if (!message.TryReadElement(out var tag, out _, out _) || tag != BerTag.Sequence)
        {
            return Malformed(message.Problem ?? $"byte {start}: the scoped PDU is not a SEQUENCE");
        }

        var scoped = DecodeScopedPdu(data[start..message.Offset]);
        if (!scoped.IsSuccess)
        {
            return scoped.Error!;
        }

        var (contextEngineId, contextName, pdu) = scoped.Value;
        return result with { Pdu = pdu, ContextEngineId = contextEngineId, ContextName = contextName };
    }

    private static Error Malformed(string? problem) =>
        Error.Validation(SnmpCodes.Malformed, "The SNMP message is malformed: " + (problem ?? "unexpected content") + ".");
}
