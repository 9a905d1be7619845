namespace Vigil.Domain.Directives;

/// <summary>The fields of a directive that head its documents (Nghị định 30/2020 layout: bodies, number, place and date, subject).</summary>
public sealed record DirectiveHeader(
    Guid DirectiveId,
    string Number,
    string Subject,
    string IssuingBody,
    string? ParentBody,
    DateOnly IssuedOn,
    string? Place,
    IReadOnlyList<string> Addressees,
    DateOnly DeadlineDate,
    TimeOnly DeadlineTime,
    string TimeZone,
    DateTime DeadlineUtc,
    DateOnly PeriodStart,
    string? Requirement,
    string TargetUnitName);
