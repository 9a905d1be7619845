namespace Vigil.Contracts.V1;

/// <summary>Daily counts per rule for a unit (or subtree) between two days; days never counted are absent.</summary>
public sealed record ComplianceTrendDto(Guid? UnitId, bool Subtree, DateOnly From, DateOnly To, IReadOnlyList<TrendPointDto> Points);

public sealed record TrendPointDto(DateOnly Day, string RuleId, int Pass, int Fail, int Unknown, int NotApplicable);
