namespace Vigil.Server.Features.Indicators;

/// <summary>Search fields of the indicator list (query string of GET /api/v1/indicators and the page).</summary>
public sealed record IndicatorSearch
{
    public Guid? UnitId { get; init; }

    public string? Type { get; init; }

    /// <summary>A substring of the normalised value.</summary>
    public string? Value { get; init; }

    public string? Family { get; init; }

    public string? Source { get; init; }

    /// <summary><c>Block</c> or <c>AlertOnly</c>.</summary>
    public string? Action { get; init; }

    public bool? Flagged { get; init; }

    public bool? Enforced { get; init; }

    public bool? Expired { get; init; }

    public bool? Revoked { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
