namespace Vigil.Domain.Indicators;

/// <summary>
/// A typed, normalised indicator value: the identity of an indicator. Two imports of the same thing in different
/// spellings ("HXXP://Evil[.]COM:80", "http://evil.com/") give equal values, so this is the deduplication key.
/// Build it through <see cref="IndicatorValues"/>, which normalises; the constructor trusts its caller.
/// </summary>
public sealed record IndicatorValue(IndicatorType Type, string Value)
{
    public override string ToString() => $"{Type}:{Value}";
}
