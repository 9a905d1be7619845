using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigil.Agent.Transport;

/// <summary>
/// A SHA-256 pin of the server's key. It matches either the certificate's SubjectPublicKeyInfo (survives a renewal
/// with the same key, like HPKP) or the whole certificate. Written as hex (colons allowed) or as "sha256/BASE64".
/// </summary>
internal static class CertificatePin
{
    /// <summary>Lower-case hex of a pin as people write it, or null when it is not a SHA-256 value.</summary>
    public static string? Normalise(string? pin)
    {
        if (string.IsNullOrWhiteSpace(pin))
        {
            return null;
        }

        var value = pin.Trim();
        if (value.StartsWith("sha256/", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var bytes = Convert.FromBase64String(value["sha256/".Length..]);
                return bytes.Length == 32 ? Convert.ToHexStringLower(bytes) : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        var hex = value.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }

    public static string SpkiSha256(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexStringLower(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    public static string CertificateSha256(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256).ToLower(CultureInfo.InvariantCulture);
    }

    public static bool Matches(X509Certificate2 certificate, string normalisedPin) =>
        string.Equals(SpkiSha256(certificate), normalisedPin, StringComparison.Ordinal)
        || string.Equals(CertificateSha256(certificate), normalisedPin, StringComparison.Ordinal);
}
