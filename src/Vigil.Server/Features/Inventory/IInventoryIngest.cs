using Vigil.Domain.Common;
using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// The one way a report from any source (OCS, the Vigil agent, a spreadsheet) enters the inventory: identity match,
/// unit assignment, change history and conflict detection all happen behind it.
/// </summary>
public interface IInventoryIngest
{
    /// <summary>
    /// Stores one report. <paramref name="alongside"/>, when given, adds rows that must commit with the report (an
    /// agent's delivery receipt) and is called once the outcome is known, with the context that will commit them.
    /// </summary>
    Task<Result<IngestOutcome>> IngestAsync(InventoryReport report, AlongsideWrite? alongside, CancellationToken ct);

    /// <summary>All or nothing: either every report is stored or none is (spreadsheet imports).</summary>
    Task<Result<IReadOnlyList<IngestOutcome>>> IngestAllAsync(IReadOnlyList<InventoryReport> reports, CancellationToken ct);
}

public enum IngestStatus
{
    /// <summary>A new computer or a changed snapshot was stored.</summary>
    Stored = 0,

    /// <summary>Same snapshot as last time from this source: only the observed time moved.</summary>
    Unchanged = 1,

    /// <summary>No unit could be determined; the report waits in the unassigned queue.</summary>
    Unassigned = 2,
}

public sealed record IngestOutcome(IngestStatus Status, Guid? ComputerId);
