using System.Security.Cryptography;
using System.Text;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// RFC 3414 A.2 key derivation: a passphrase is stretched to a key by hashing one megabyte of it repeated (Ku), then
/// localised to one engine as H(Ku ‖ engineID ‖ Ku) so a key learnt from one device is useless on another.
/// </summary>
public static class UsmKeys
{
    /// <summary>RFC 3414 11.2: passphrases shorter than eight characters are refused (net-snmp agents refuse them too).</summary>
    public const int MinPassphraseLength = 8;

    private const int StretchedLength = 1_048_576;

    public static byte[] PasswordToKey(UsmAuthProtocol protocol, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var password = Encoding.UTF8.GetBytes(passphrase);
        if (password.Length == 0)
        {
            throw new ArgumentException("The passphrase is empty.", nameof(passphrase));
        }

        using var hash = IncrementalHash.CreateHash(HashName(protocol));
        Span<byte> block = stackalloc byte[64];
        var index = 0;
        for (var done = 0; done < StretchedLength; done += block.Length)
        {
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = password[index++ % password.Length];
            }

            hash.AppendData(block);
        }

        return hash.GetHashAndReset();
    }

    public static byte[] Localize(UsmAuthProtocol protocol, ReadOnlySpan<byte> key, ReadOnlySpan<byte> engineId)
    {
        using var hash = IncrementalHash.CreateHash(HashName(protocol));
        hash.AppendData(key);
        hash.AppendData(engineId);
        hash.AppendData(key);
        return hash.GetHashAndReset();
    }

    /// <summary>The localised key of <paramref name="passphrase"/> for <paramref name="engineId"/>.</summary>
    public static byte[] Derive(UsmAuthProtocol protocol, string passphrase, ReadOnlySpan<byte> engineId) =>
        Localize(protocol, PasswordToKey(protocol, passphrase), engineId);

    /// <summary>Octets of msgAuthenticationParameters: 12 for the -96 protocols, 24 for HMAC-SHA-256-192.</summary>
    public static int DigestLength(UsmAuthProtocol protocol) => protocol switch
    {
        UsmAuthProtocol.Md5 or UsmAuthProtocol.Sha1 => 12,
        UsmAuthProtocol.Sha256 => 24,
        _ => 0,
    };

    internal static HashAlgorithmName HashName(UsmAuthProtocol protocol) => protocol switch
    {
        UsmAuthProtocol.Md5 => HashAlgorithmName.MD5,
        UsmAuthProtocol.Sha1 => HashAlgorithmName.SHA1,
        UsmAuthProtocol.Sha256 => HashAlgorithmName.SHA256,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "No authentication protocol."),
    };
}
