namespace Vigil.Domain.Devices.Snmp;

/// <summary>USM privacy protocols: AES-128 in CFB mode (RFC 3826). DES is obsolete and not offered.</summary>
public enum UsmPrivProtocol
{
    None,
    Aes128,
}
