using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>
/// A computer covered by paid extended security updates (ESU) until a date: its OS counts as supported until then.
/// Removing or replacing one keeps the row (<see cref="RemovedAt"/>), so the history of exceptions stays visible.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An 'ESU exception' is the directive's term for this record, not a .NET exception.")]
public sealed class EsuException : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>Last day covered (inclusive), a local calendar day.</summary>
    public DateOnly Until { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    public string? RemovedBy { get; set; }
}
