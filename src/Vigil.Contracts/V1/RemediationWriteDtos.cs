namespace Vigil.Contracts.V1;

/// <summary>
/// A person opens an item on a computer: with a <paramref name="RuleId"/> (kind defaults to the failing verdict's) or
/// with a <paramref name="Kind"/> and <paramref name="Title"/> for work no rule asks for.
/// </summary>
public sealed record RemediationCreateDto(Guid? ComputerId, string? RuleId, string? Kind, string? Title, string? Owner, DateOnly? DueOn, string? Note);

/// <summary>Owner and due day; null keeps, an empty owner clears.</summary>
public sealed record RemediationUpdateDto(string? Owner, DateOnly? DueOn);

/// <summary>Move to Planned, InProgress, Done, Cancelled (note required) or, for items without a rule, Verified.</summary>
public sealed record RemediationTransitionDto(string? Status, string? Note);

/// <summary>A comment, or with <paramref name="Evidence"/> the text that proves a step (receipt, ticket, photo reference).</summary>
public sealed record RemediationCommentDto(string? Text, bool Evidence);

/// <summary>
/// One action over many items, all or nothing: the items named by <paramref name="Ids"/> or matching
/// <paramref name="Filter"/>; <paramref name="Action"/> is "assign" (Owner), "due" (DueOn) or "status" (Status, Note).
/// </summary>
public sealed record RemediationBulkDto(
    IReadOnlyList<Guid>? Ids,
    RemediationFilterDto? Filter,
    string? Action,
    string? Owner,
    DateOnly? DueOn,
    string? Status,
    string? Note);

/// <summary>Filters of the remediation list; all optional.</summary>
public sealed record RemediationFilterDto(
    Guid? UnitId,
    bool? Subtree,
    string? Status,
    string? Kind,
    string? RuleId,
    string? Owner,
    bool? Overdue,
    bool? Open,
    string? Q);

public sealed record RemediationBulkResultDto(int Changed, IReadOnlyList<Guid> Ids);

/// <summary>The computer that replaced a retired one (a "replace" item), with an optional note.</summary>
public sealed record ReplacementLinkDto(Guid? ReplacementComputerId, string? Note);

/// <summary>Take a computer out of service, optionally naming its replacement.</summary>
public sealed record ComputerRetireDto(Guid? ReplacedBy, string? Note);
