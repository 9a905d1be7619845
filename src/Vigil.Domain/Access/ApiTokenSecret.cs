using System.Security.Cryptography;
using System.Text;

namespace Vigil.Domain.Access;

/// <summary>Creates and hashes API token secrets ("vgl_" + 43 base64url characters, 256 bits of entropy).</summary>
public static class ApiTokenSecret
{
    public const string Marker = "vgl_";

    public const int PrefixLength = 12;

    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>A fast hash is enough: the secret is random, not a password, so it cannot be guessed from a dictionary.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    public static string PrefixOf(string secret) => secret.Length <= PrefixLength ? secret : secret[..PrefixLength];

    public static bool LooksLikeToken(string value) =>
        value.StartsWith(Marker, StringComparison.Ordinal) && value.Length is > 20 and < 100;
}
