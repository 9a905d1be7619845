namespace Vigil.Contracts.V1;

/// <summary>A new directive from a template. DeadlineTime is local "HH:mm" in TimeZone (default Asia/Ho_Chi_Minh).</summary>
public sealed record DirectiveCreateDto(
    Guid UnitId,
    string? TemplateId,
    string? Number,
    string? Subject,
    string? IssuingBody,
    string? ParentBody,
    DateOnly? IssuedOn,
    string? Place,
    string? Addressees,
    DateOnly? DeadlineDate,
    string? DeadlineTime,
    string? TimeZone,
    DateOnly? PeriodStart,
    string? Requirement,
    int? ReminderHours);

public sealed record DirectiveFigureDto(string Key, string Kind, string TitleVi, string TitleEn, bool Manual);

public sealed record DirectiveAttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt, string UploadedBy);

public sealed record DirectiveDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    string Number,
    string Subject,
    string IssuingBody,
    string? ParentBody,
    DateOnly IssuedOn,
    string? Place,
    List<string> Addressees,
    DateOnly DeadlineDate,
    string DeadlineTime,
    string TimeZone,
    DateTime DeadlineUtc,
    DateOnly PeriodStart,
    string? Requirement,
    List<string> PolicyPacks,
    string TemplateId,
    List<DirectiveFigureDto> Figures,
    int ReminderHours,
    DateTime CreatedAt,
    string CreatedBy,
    List<DirectiveAttachmentDto> Attachments);

/// <summary>A directive in the list, with how far its visible reports are.</summary>
public sealed record DirectiveSummaryDto(Guid Id, Guid UnitId, string Number, string Subject, DateTime DeadlineUtc, int Reports, int Submitted, int Late);

public sealed record ReportFigureDto(string Key, string TitleVi, string TitleEn, bool Manual, long? Measured, long? Reported, string? Justification, long? Value);

public sealed record ReportVersionDto(
    int Version, DateTime SubmittedAt, string SubmittedBy, bool Late, string? Notes, List<ReportFigureDto> Figures,
    DateTime? ReopenedAt, string? ReopenedBy, string? ReopenReason);

/// <summary>A unit's report: live measurements merged with the unit's entries until submission, the frozen figures after.</summary>
public sealed record UnitReportDto(
    Guid Id,
    Guid DirectiveId,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    bool CoversSubtree,
    string Status,
    string BoardStatus,
    int Version,
    DateTime DeadlineUtc,
    string? Notes,
    DateTime? SubmittedAt,
    string? SubmittedBy,
    List<ReportFigureDto> Figures,
    List<ReportVersionDto> Versions);

public sealed record FigureEntryDto(string Key, long? Reported, string? Justification);

public sealed record ReportWriteDto(List<FigureEntryDto>? Figures, string? Notes);

public sealed record ReportReopenDto(string? Reason);

public sealed record BoardRowDto(Guid UnitId, string UnitCode, string UnitName, string Status, int Version, DateTime? SubmittedAt, string? SubmittedBy, bool SubmittedLate);

/// <summary>The coordinator's board: every addressed unit's status and the time left (negative when past).</summary>
public sealed record DirectiveBoardDto(Guid DirectiveId, DateTime DeadlineUtc, long SecondsToDeadline, Dictionary<string, int> Counts, List<BoardRowDto> Rows);

public sealed record AggregatedRowDto(
    Guid UnitId, string UnitCode, string UnitName, bool CoversSubtree, string Status, int Version, DateTime? SubmittedAt,
    List<long?> Values, List<long?> Measured, List<bool> Discrepant, List<string?> Justifications, string? Notes);

public sealed record AggregatedReportDto(
    DirectiveDto Directive, List<DirectiveFigureDto> Figures, List<AggregatedRowDto> Rows, List<long> Totals, List<long> MeasuredTotals,
    int Submitted, int Late, DateTime GeneratedAt);

public sealed record FigureUnitRowDto(Guid UnitId, string UnitCode, string UnitName, long? Submitted, long Measured, bool Discrepant);

public sealed record FigureItemDto(Guid Id, string Kind, string Name, string? Detail, Guid UnitId);

/// <summary>Drill-down of one figure: per unit, or (with a unit) the computers and devices counted.</summary>
public sealed record FigureDrillDownDto(string Key, string TitleVi, string TitleEn, List<FigureUnitRowDto> Units, Guid? UnitId, List<FigureItemDto> Items);

public sealed record ReportReminderDto(Guid DirectiveId, Guid UnitId, string Number, string Subject, DateTime DeadlineUtc, DateTime SentAt, string Channel);
