namespace Vigil.Server.Features.Alerts;

/// <summary>Filters of the alert list (query string of GET /api/v1/alerts and the page).</summary>
public sealed record AlertSearch
{
    /// <summary>New, Acknowledged or Closed.</summary>
    public string? Status { get; init; }

    /// <summary>Block or AlertOnly.</summary>
    public string? Action { get; init; }

    /// <summary>The unit and its whole subtree (within the caller's scope).</summary>
    public Guid? UnitId { get; init; }

    public Guid? ComputerId { get; init; }

    /// <summary>A substring of the indicator value.</summary>
    public string? Indicator { get; init; }

    /// <summary>Alerts last seen at or after this time.</summary>
    public DateTime? Since { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
