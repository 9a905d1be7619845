namespace Vigil.Domain.Devices.Snmp;

/// <summary>USM authentication protocols: HMAC-MD5-96 and HMAC-SHA-96 (RFC 3414), HMAC-SHA-256-192 (RFC 7860).</summary>
public enum UsmAuthProtocol
{
    None,
    Md5,
    Sha1,
    Sha256,
}
