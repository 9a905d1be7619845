using System.Security.Cryptography;
using Vigil.Domain.Access;

namespace Vigil.Domain.Agents;

/// <summary>
/// Enrolment tokens ("vge_…") and agent credentials ("vga_…"): 256 random bits in base64url behind a marker, so a
/// leaked secret is recognisable in logs and by secret scanners. Stored as SHA-256 like API tokens.
/// </summary>
public static class AgentSecret
{
    public const string EnrolmentMarker = "vge_";
    public const string CredentialMarker = "vga_";

    public static string CreateEnrolmentToken() => Create(EnrolmentMarker);

    public static string CreateCredential() => Create(CredentialMarker);

    public static string Hash(string secret) => ApiTokenSecret.Hash(secret);

    public static string PrefixOf(string secret) => ApiTokenSecret.PrefixOf(secret);

    public static bool LooksLikeEnrolmentToken(string? value) => LooksLike(value, EnrolmentMarker);

    public static bool LooksLikeCredential(string? value) => LooksLike(value, CredentialMarker);

    private static bool LooksLike(string? value, string marker) =>
        value is not null && value.StartsWith(marker, StringComparison.Ordinal) && value.Length is > 20 and < 100;

    private static string Create(string marker)
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
