using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>Message authentication (RFC 3414 6/7, RFC 7860) and AES-128-CFB privacy (RFC 3826) with localised keys.</summary>
public static class UsmCrypto
{
    /// <summary>Writes the truncated HMAC of the whole message into its (zeroed) authentication parameters.</summary>
    public static void Sign(Span<byte> message, int authOffset, UsmAuthProtocol protocol, ReadOnlySpan<byte> authKey)
    {
        var length = UsmKeys.DigestLength(protocol);
        message.Slice(authOffset, length).Clear();
        Span<byte> mac = stackalloc byte[64];
        var written = Hmac(protocol, authKey, message, mac);
        mac[..Math.Min(length, written)].CopyTo(message.Slice(authOffset, length));
    }

    /// <summary>True when the message's authentication parameters are the truncated HMAC of the message with them zeroed.</summary>
    public static bool Verify(ReadOnlySpan<byte> message, int authOffset, int authLength, UsmAuthProtocol protocol, ReadOnlySpan<byte> authKey)
    {
        var length = UsmKeys.DigestLength(protocol);
        if (authLength != length || authOffset < 0 || authOffset + length > message.Length)
        {
            return false;
        }

        var copy = message.ToArray();
        copy.AsSpan(authOffset, length).Clear();
        Span<byte> mac = stackalloc byte[64];
        Hmac(protocol, authKey, copy, mac);
        return CryptographicOperations.FixedTimeEquals(mac[..length], message.Slice(authOffset, length));
    }

    /// <summary>Encrypts a scoped PDU; the salt becomes msgPrivacyParameters and, with boots and time, the IV.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> privKey, int engineBoots, int engineTime, ulong salt, out byte[] privParameters)
    {
        privParameters = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(privParameters, salt);
        return Cfb(plaintext, privKey, engineBoots, engineTime, privParameters, encrypt: true);
    }

    /// <summary>Decrypts an encrypted scoped PDU; null when the privacy parameters are not the eight salt octets.</summary>
    public static byte[]? Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> privKey, int engineBoots, int engineTime, ReadOnlySpan<byte> privParameters) =>
        privParameters.Length != 8 ? null : Cfb(ciphertext, privKey, engineBoots, engineTime, privParameters, encrypt: false);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 3414 usmHMACSHAAuthProtocol is what agents speak; the operator picks it.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "RFC 3414 usmHMACMD5AuthProtocol, offered only for old agents.")]
    private static int Hmac(UsmAuthProtocol protocol, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> mac) => protocol switch
    {
        UsmAuthProtocol.Md5 => HMACMD5.HashData(key, data, mac),
        UsmAuthProtocol.Sha1 => HMACSHA1.HashData(key, data, mac),
        UsmAuthProtocol.Sha256 => HMACSHA256.HashData(key, data, mac),
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "No authentication protocol."),
    };

    private static byte[] Cfb(ReadOnlySpan<byte> input, ReadOnlySpan<byte> privKey, int boots, int time, ReadOnlySpan<byte> salt, bool encrypt)
    {
        Span<byte> iv = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(iv, boots);
        BinaryPrimitives.WriteInt32BigEndian(iv[4..], time);
        salt.CopyTo(iv[8..]);
        using var aes = Aes.Create();
        aes.Key = privKey[..16].ToArray();
        // CFB-128 is a stream mode: .NET wants whole blocks, and padding with zeros then cutting back changes no
        // output byte of the real input, because each block depends only on earlier ciphertext.
        var padded = new byte[(input.Length + 15) / 16 * 16];
        input.CopyTo(padded);
        var output = encrypt ? aes.EncryptCfb(padded, iv, PaddingMode.None, 128) : aes.DecryptCfb(padded, iv, PaddingMode.None, 128);
        return output.AsSpan(0, input.Length).ToArray();
    }
}
