using Vigil.Domain.Indicators;

namespace Vigil.Domain.Hunting;

/// <summary>
/// One indicator seen in one log line: which indicator (its normalised value, type and action), where (file, 1-based
/// line, the field and the value as written there) and, when the format has them, the line's time and addresses.
/// </summary>
public sealed record HuntHit(
    string Indicator,
    IndicatorType Type,
    IndicatorAction Action,
    string File,
    long Line,
    LogFormat Format,
    string Field,
    string Value,
    string? Timestamp,
    string? Src,
    string? Dst);
