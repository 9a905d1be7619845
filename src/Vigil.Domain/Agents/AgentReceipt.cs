using Vigil.Domain.Common;

namespace Vigil.Domain.Agents;

/// <summary>
/// That an agent's inventory delivery with one idempotency key was processed, and how. A retried delivery with the
/// same key finds this row and is answered "duplicate" without being ingested again.
/// </summary>
public sealed class AgentReceipt : IUnitOwned
{
    public Guid AgentId { get; set; }

    public string IdempotencyKey { get; set; } = "";

    public Guid UnitId { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>What the ingest said the first time: stored, unchanged or unassigned.</summary>
    public string Status { get; set; } = "";

    public Guid? ComputerId { get; set; }
}
