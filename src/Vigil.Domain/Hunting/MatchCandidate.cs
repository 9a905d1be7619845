namespace Vigil.Domain.Hunting;

/// <summary>
/// A token of the scanned text that matched an indicator: where it is and which indicator. An indicator index of
/// <see cref="HostHint"/> marks the host of a URL indicator seen without its scheme: not a hit on its own, but a line
/// a structured reader must parse (its path may be in another field).
/// </summary>
public readonly record struct MatchCandidate(int Start, int Length, int Indicator, HuntValueKinds Kind)
{
    public const int HostHint = -1;

    public bool IsHit => Indicator >= 0;
}
