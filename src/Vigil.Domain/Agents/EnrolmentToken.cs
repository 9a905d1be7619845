using Vigil.Domain.Common;

namespace Vigil.Domain.Agents;

/// <summary>
/// A one-time secret that lets one computer enrol a Vigil agent into <see cref="UnitId"/>. Only the SHA-256 of the
/// secret is kept; the first successful enrolment sets <see cref="UsedAt"/> and no other can use it after that.
/// </summary>
public sealed class EnrolmentToken : IUnitOwned
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The first characters of the secret, so people can tell tokens apart in lists.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    /// <summary>Free text such as "Kế toán, phòng 2"; helps people match a token to the machine it was for.</summary>
    public string? Note { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    public Guid? UsedByAgentId { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsUsable(DateTime nowUtc) => UsedAt is null && RevokedAt is null && ExpiresAt > nowUtc;
}
