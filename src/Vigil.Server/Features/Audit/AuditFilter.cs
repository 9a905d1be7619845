namespace Vigil.Server.Features.Audit;

/// <summary>Filters of the audit log view; all optional.</summary>
public sealed record AuditFilter(
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    string? Actor = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    Guid? UnitId = null,
    int Page = 1,
    int PageSize = 100);
