namespace Vigil.Server.Features.Incidents;

/// <summary>What the incident list shows; every part is optional and all of them combine.</summary>
public sealed record IncidentFilter
{
    public Guid? UnitId { get; init; }

    public bool IncludeSubtree { get; init; } = true;

    public string? Status { get; init; }

    public string? Severity { get; init; }

    /// <summary>Only incidents that are not closed.</summary>
    public bool Open { get; init; }

    /// <summary>Only incidents whose initial report is late.</summary>
    public bool Overdue { get; init; }

    public Guid? AssigneeId { get; init; }

    /// <summary>Words in the title.</summary>
    public string? Search { get; init; }
}
