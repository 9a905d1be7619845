namespace Vigil.Contracts.V1;

/// <summary>
/// Sources that disagree about a field ("os", "cpu"…, or "unit" when a source places the computer in another unit).
/// <paramref name="Choices"/> are the values <c>chosenSource</c> may take when resolving it.
/// </summary>
public sealed record ComputerConflictDto(
    Guid Id,
    string Field,
    IReadOnlyList<ConflictValueDto> Values,
    DateTime OpenedAt,
    DateTime? ResolvedAt,
    string? ResolvedBy,
    string? ChosenSource,
    IReadOnlyList<string> Choices);

public sealed record ConflictValueDto(string Source, string? SourceKey, string Value);

/// <summary>The source to believe for the conflict's field; for a unit conflict, "vigil" keeps the computer where it is.</summary>
public sealed record ConflictResolveDto(string ChosenSource);
