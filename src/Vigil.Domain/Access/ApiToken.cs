namespace Vigil.Domain.Access;

/// <summary>A bearer token for /api/v1. The secret is shown once; only its SHA-256 is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the secret, shown in lists so people can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > nowUtc);
}
