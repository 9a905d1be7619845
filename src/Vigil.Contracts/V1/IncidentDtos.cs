namespace Vigil.Contracts.V1;

/// <summary>A new incident. Severity: Low, Medium, High, Critical (default Medium). DetectedAt in UTC, default now.</summary>
public sealed record IncidentCreateDto(
    Guid UnitId,
    string? Title,
    string? Description,
    string? Severity,
    DateTime? DetectedAt,
    string? DetectionMethod,
    string? Impact,
    string? AffectedSystem,
    string? SystemOwner,
    string? NotifiedParties,
    string? MeasuresTaken,
    string? ReporterName,
    string? ReporterContact,
    List<Guid>? ComputerIds,
    List<Guid>? DeviceIds,
    List<Guid>? UnitIds);

/// <summary>Changes to the description fields; null keeps a field, an empty string clears an optional one.</summary>
public sealed record IncidentUpdateDto(
    string? Title,
    string? Description,
    string? Severity,
    string? DetectionMethod,
    string? Impact,
    string? AffectedSystem,
    string? SystemOwner,
    string? NotifiedParties,
    string? MeasuresTaken,
    string? ReporterName,
    string? ReporterContact);

public sealed record IncidentTransitionDto(string Status, string? Note);

public sealed record IncidentNoteDto(string Text);

/// <summary>The assignee's account id; null unassigns.</summary>
public sealed record IncidentAssignDto(Guid? AssigneeId);

public sealed record IncidentAssetDto(Guid Id, string Kind, Guid? RefId, string Label, DateTime AddedAt);

public sealed record IncidentTimelineDto(Guid Id, DateTime At, string Kind, string Text, Guid? RefId, string Actor);

public sealed record IncidentFileDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt, string UploadedBy);

public sealed record IncidentSummaryDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    string Title,
    string Severity,
    string Status,
    DateTime DetectedAt,
    string? AssigneeName,
    DateTime? ReportDueAt,
    string DeadlineState,
    DateTime UpdatedAt);

public sealed record IncidentPageDto(List<IncidentSummaryDto> Items, int Total, int Page, int PageSize);

public sealed record IncidentDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    string Title,
    string Description,
    string Severity,
    string Status,
    List<string> NextStatuses,
    DateTime DetectedAt,
    string DetectionMethod,
    string? Impact,
    string? AffectedSystem,
    string? SystemOwner,
    string? NotifiedParties,
    string? MeasuresTaken,
    string? ReporterName,
    string? ReporterContact,
    Guid? AssigneeId,
    string? AssigneeName,
    string RegulationId,
    string? RecipientAuthority,
    DateTime? ReportDueAt,
    DateTime? ReportedAt,
    string DeadlineState,
    string? OpenedByRule,
    DateTime? ClosedAt,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    List<IncidentAssetDto> Assets,
    List<IncidentTimelineDto> Timeline,
    List<IncidentFileDto> Files);
