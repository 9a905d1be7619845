namespace Vigil.Contracts.V1;

/// <summary>One page of a computer's history, newest first.</summary>
public sealed record ComputerHistoryDto(IReadOnlyList<ComputerChangeDto> Items, int Total, int Page, int PageSize);

/// <summary>What one report changed, or what a person decided (<paramref name="Source"/> "manual", with the actor).</summary>
public sealed record ComputerChangeDto(Guid Id, DateTime ObservedAt, string Source, string Field, string? OldValue, string? NewValue, string? Actor);
