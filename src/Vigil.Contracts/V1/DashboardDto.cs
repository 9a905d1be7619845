namespace Vigil.Contracts.V1;

/// <summary>Figures for one unit, either alone or with its whole subtree.</summary>
public sealed record DashboardDto(Guid? UnitId, bool IncludesSubtree, DateTime AsOf, IReadOnlyList<DashboardFigureDto> Figures);

/// <summary>One figure; <paramref name="Key"/> is stable, <paramref name="Label"/> is in the caller's language.</summary>
public sealed record DashboardFigureDto(string Key, string Label, long Value, string? Severity);
