using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// The rules of an item's life: planned ⇄ in progress → done (claimed) → verified, cancel from any open status with a
/// reason, reopen a claimed item. Items of a rule are verified by evaluation only; an item without a rule has no
/// verdict to wait for, so a person verifies it once it is done. Closed items (verified, cancelled) never change.
/// </summary>
internal static class RemediationWorkflow
{
    public const int MaxOwnerLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    public static IReadOnlyList<RemediationStatus> Allowed(RemediationItem item) => item.Status switch
    {
        RemediationStatus.Planned => [RemediationStatus.InProgress, RemediationStatus.Done, RemediationStatus.Cancelled],
        RemediationStatus.InProgress => [RemediationStatus.Planned, RemediationStatus.Done, RemediationStatus.Cancelled],
        RemediationStatus.Done when item.RuleId is null => [RemediationStatus.InProgress, RemediationStatus.Verified, RemediationStatus.Cancelled],
        RemediationStatus.Done => [RemediationStatus.InProgress, RemediationStatus.Cancelled],
        _ => [],
    };

    /// <summary>Null when the step is allowed; moving to the status an item already has is allowed and does nothing.</summary>
    public static Error? Check(RemediationItem item, RemediationStatus to, string? note)
    {
        if (!item.IsOpen)
        {
            return Error.Conflict("remediation.closed", $"Item {item.Id} is {item.Status}; a closed item does not change any more.");
        }

        if (to == item.Status)
        {
            return null;
        }

        if (to == RemediationStatus.Verified && item.RuleId is not null)
        {
            return Error.Conflict("remediation.verified_by_evaluation",
                $"Item {item.Id} is verified when an evaluation shows rule '{item.RuleId}' passing (for a replacement: the replacement passing it); mark it Done.");
        }

        if (!Allowed(item).Contains(to))
        {
            return Error.Conflict("remediation.transition_invalid",
                $"Item {item.Id} cannot go from {item.Status} to {to}; allowed: {string.Join(", ", Allowed(item))}.");
        }

        return to == RemediationStatus.Cancelled && string.IsNullOrWhiteSpace(note)
            ? Error.Validation("remediation.note_required", "Say why the item is cancelled (note).", "note")
            : null;
    }

    public static void Apply(VigilDbContext db, RemediationItem item, RemediationStatus to, string? note, DateTime now)
    {
        if (to == item.Status)
        {
            return;
        }

        AddEvent(db, item, RemediationEventKind.StatusChanged, item.Status, to, Clean(note), now);
        item.Status = to;
        item.UpdatedAt = now;
        item.ClosedAt = item.IsOpen ? null : now;
    }

    public static void AddEvent(
        VigilDbContext db, RemediationItem item, RemediationEventKind kind, RemediationStatus? from, RemediationStatus? to, string? text, DateTime now, string? dataJson = null) =>
        db.RemediationEvents.Add(new RemediationEvent
        {
            Id = Guid.CreateVersion7(),
            ItemId = item.Id,
            UnitId = item.UnitId,
            At = now,
            Actor = db.Access.ActorName,
            ActorId = db.Access.ActorId,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            Text = text,
            DataJson = dataJson,
        });

    public static Result<RemediationStatus> ParseStatus(string? text) =>
        Compliance.ComplianceScope.ParseEnum<RemediationStatus>(text) is { } status
            ? status
            : Error.Validation("remediation.status_invalid", $"Unknown status '{text}' (Planned, InProgress, Done, Verified, Cancelled).", "status");

    public static Error? CheckOwner(string? owner) =>
        owner is { Length: > MaxOwnerLength } ? Error.Validation("remediation.owner_too_long", $"The owner may have at most {MaxOwnerLength} characters.", "owner") : null;

    public static Error? CheckDue(RemediationItem item, DateOnly due) =>
        due < DateOnly.FromDateTime(item.CreatedAt)
            ? Error.Validation("remediation.due_before_creation", $"Item {item.Id} was created on {DateOnly.FromDateTime(item.CreatedAt):yyyy-MM-dd}; the due day cannot be earlier.", "dueOn")
            : null;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
