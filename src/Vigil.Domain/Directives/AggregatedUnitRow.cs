namespace Vigil.Domain.Directives;

/// <summary>
/// One addressed unit in the roll-up. <see cref="Values"/> are the submitted figures (null until the unit submits),
/// <see cref="Measured"/> what Vigil measures now, and <see cref="Discrepant"/> marks where they differ.
/// </summary>
/// <param name="CoversSubtree">False for the target unit's own row, which counts only what the target itself holds.</param>
public sealed record AggregatedUnitRow(
    Guid UnitId,
    string UnitCode,
    string UnitName,
    bool CoversSubtree,
    BoardStatus Status,
    int Version,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy,
    IReadOnlyList<long?> Values,
    IReadOnlyList<long?> Measured,
    IReadOnlyList<bool> Discrepant,
    IReadOnlyList<string?> Justifications,
    string? Notes);
