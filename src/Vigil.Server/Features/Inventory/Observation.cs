namespace Vigil.Server.Features.Inventory;

/// <summary>An unchanged report: its source and computer were seen again at <paramref name="ObservedAt"/>.</summary>
public sealed record Observation(Guid SourceId, Guid ComputerId, DateTime ObservedAt);
