using Vigil.Domain.Common;

namespace Vigil.Domain.Notifications;

/// <summary>
/// One message to deliver through one subscription. Written in the same transaction as the event it reports, delivered
/// later by a job with retries, so neither a crash nor an unreachable mail server loses it.
/// </summary>
public sealed class OutboxMessage : IUnitOwned
{
    public Guid Id { get; set; }

    /// <summary>The unit the event is about.</summary>
    public Guid UnitId { get; set; }

    public Guid SubscriptionId { get; set; }

    public string Event { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>The JSON body of a webhook; the e-mail text is made from it.</summary>
    public string PayloadJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set while one server instance delivers it, so another does not send it twice.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>Set when the retries are spent.</summary>
    public DateTime? GaveUpAt { get; set; }

    public string? LastError { get; set; }
}
