using Vigil.Domain.Common;

namespace Vigil.Domain.Notifications;

/// <summary>A notice in one person's list in the web UI; the layout shows how many are unread.</summary>
public sealed class InAppNotification : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The unit the event is about.</summary>
    public Guid UnitId { get; set; }

    public string Event { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The page the notice leads to, e.g. <c>/incidents/{id}</c>.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
