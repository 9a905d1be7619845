namespace Vigil.Server.Features.Remediation;

/// <summary>Filters of the remediation list and of bulk actions; all optional. Enum values as in the API.</summary>
public sealed record RemediationFilter
{
    public Guid? UnitId { get; init; }

    public bool IncludeSubtree { get; init; } = true;

    public string? Status { get; init; }

    public string? Kind { get; init; }

    public string? RuleId { get; init; }

    /// <summary>Part of the owner's name.</summary>
    public string? Owner { get; init; }

    /// <summary>Only open items past their due day.</summary>
    public bool Overdue { get; init; }

    /// <summary>Only planned, in progress or done items.</summary>
    public bool Open { get; init; }

    /// <summary>Part of the computer's hostname.</summary>
    public string? Search { get; init; }

    public static RemediationFilter From(Contracts.V1.RemediationFilterDto? dto) => dto is null ? new() : new()
    {
        UnitId = dto.UnitId, IncludeSubtree = dto.Subtree ?? true, Status = dto.Status, Kind = dto.Kind, RuleId = dto.RuleId,
        Owner = dto.Owner, Overdue = dto.Overdue ?? false, Open = dto.Open ?? false, Search = dto.Q,
    };
}
