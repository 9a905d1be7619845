using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>Writes more rows in the same transaction as a report: an agent's delivery receipt, for example.</summary>
public delegate Task AlongsideWrite(VigilDbContext db, IngestOutcome outcome, CancellationToken ct);
