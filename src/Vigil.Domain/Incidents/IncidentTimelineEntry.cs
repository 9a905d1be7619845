using Vigil.Domain.Common;

namespace Vigil.Domain.Incidents;

/// <summary>One line of an incident's history. Entries are appended, never changed.</summary>
public sealed class IncidentTimelineEntry : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public Guid UnitId { get; set; }

    public DateTime At { get; set; }

    public IncidentTimelineKind Kind { get; set; }

    public string Text { get; set; } = "";

    /// <summary>What the entry is about elsewhere: the alert, the agent command, the file.</summary>
    public Guid? RefId { get; set; }

    public string Actor { get; set; } = "";
}
