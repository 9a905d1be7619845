using Vigil.Domain.Indicators;

namespace Vigil.Domain.Hunting;

/// <summary>What a hit reports about its indicator: the normalised value, its type and the action.</summary>
public readonly record struct MatchedIndicator(string Value, IndicatorType Type, IndicatorAction Action);
