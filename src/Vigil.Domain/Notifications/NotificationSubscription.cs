using Vigil.Domain.Common;

namespace Vigil.Domain.Notifications;

/// <summary>
/// Where a unit wants events of itself and the units below it sent: e-mail addresses or a webhook URL, for the listed
/// events. A webhook's signing secret is kept protected (ASP.NET Data Protection), never in clear.
/// </summary>
public sealed class NotificationSubscription : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>Event names (<see cref="NotificationEvents"/>), comma-separated.</summary>
    public string Events { get; set; } = "";

    /// <summary>E-mail addresses (comma-separated) or the webhook URL.</summary>
    public string Target { get; set; } = "";

    /// <summary>The webhook secret, protected; null for e-mail.</summary>
    public string? ProtectedSecret { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public bool Wants(string eventName) => Enabled && Events.Split(',', StringSplitOptions.TrimEntries).Contains(eventName, StringComparer.Ordinal);
}
