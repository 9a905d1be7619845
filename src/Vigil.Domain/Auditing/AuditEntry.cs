namespace Vigil.Domain.Auditing;

/// <summary>One appended record of a change: who, when, what, and the entity before and after (JSON, secrets removed).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>created, updated, deleted, or a named action such as sign_in_failed.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>The unit the change concerns; null for server-wide changes, which only administrators see.</summary>
    public Guid? UnitId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
