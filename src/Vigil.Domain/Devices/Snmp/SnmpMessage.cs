namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// A decoded message. Version 1 is SNMPv2c (community plus PDU); version 3 carries the header, the USM parameters and
/// either a plaintext scoped PDU or, with privacy, the encrypted one for <see cref="SnmpCodec.DecodeScopedPdu"/> after
/// decryption.
/// </summary>
public sealed record SnmpMessage
{
    public const int VersionV2c = 1;
    public const int VersionV3 = 3;

    /// <summary>msgFlags bits (RFC 3412 6.4).</summary>
    public const byte FlagAuth = 0x01;
    public const byte FlagPriv = 0x02;
    public const byte FlagReportable = 0x04;

    public required int Version { get; init; }

    public byte[] Community { get; init; } = [];

    /// <summary>The PDU; null for a v3 message whose scoped PDU is still encrypted.</summary>
    public SnmpPdu? Pdu { get; init; }

    public int MessageId { get; init; }

    public int MaxSize { get; init; }

    public byte Flags { get; init; }

    public int SecurityModel { get; init; }

    public UsmSecurityParameters? Usm { get; init; }

    /// <summary>Where msgAuthenticationParameters' octets start in the message, to zero them when verifying the digest.</summary>
    public int AuthParametersOffset { get; init; }

    public byte[]? EncryptedPdu { get; init; }

    public byte[] ContextEngineId { get; init; } = [];

    public byte[] ContextName { get; init; } = [];
}
