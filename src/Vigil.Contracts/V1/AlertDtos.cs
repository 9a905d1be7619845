namespace Vigil.Contracts.V1;

/// <summary>What hunting one log (or the appended part of one) found.</summary>
public sealed record LogHuntResultDto(
    Guid LogId, Guid UnitId, string Name, string Source, long Bytes, long Lines, string? Format, int Indicators, long Hits, int AlertsCreated, int AlertsUpdated);

public sealed record RetainedLogDto(
    Guid Id, Guid UnitId, string Source, string Name, long Bytes, long Lines, string? Format, DateTime ReceivedAt, DateTime? HuntedAt, long Hits, string ReceivedBy);

public sealed record AlertSummaryDto(
    Guid Id, Guid UnitId, string IndicatorType, string Indicator, string Action, Guid? ComputerId, string? ComputerName, string? Address, long Count,
    DateTime FirstSeen, DateTime LastSeen, string LastField, string LastValue, string LastFile, long LastLine, string Status);

public sealed record AlertPageDto(int Total, int Page, int PageSize, List<AlertSummaryDto> Items);

/// <summary>One sampled hit of an alert, with the log it came from.</summary>
public sealed record AlertHitDto(Guid LogId, string LogName, long Line, DateTime SeenAt, string? Field, string? Value, string? LineTime, string? Src, string? Dst);

public sealed record AlertDetailDto(
    AlertSummaryDto Alert, DateTime CreatedAt, DateTime? AcknowledgedAt, string? AcknowledgedBy, DateTime? ClosedAt, string? ClosedBy, string? Note,
    List<AlertHitDto> Samples);

/// <summary>Acknowledge or close an alert, optionally with a note.</summary>
public sealed record AlertStatusChangeDto(string? Note);
