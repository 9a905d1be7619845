using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>
/// A secret in a feed URL that firewalls pull (/feeds/{token}/{format}). Only its SHA-256 is stored. It belongs to a
/// unit and serves one pack, or every enforced indicator the unit can see when <see cref="PackId"/> is null.
/// </summary>
public sealed class FeedToken : IUnitOwned
{
    public const string Marker = "vgf_";

    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the secret, to recognise it in lists.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public Guid? PackId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
