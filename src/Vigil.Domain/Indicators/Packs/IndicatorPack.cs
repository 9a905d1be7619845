using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Indicators.Packs;

/// <summary>
/// A named, curated set of indicators shipped with Vigil (or, later, published by a coordinator), with the
/// attribution its sources require and the reports of reading its files (a source's typos are rejected there).
/// </summary>
public sealed record IndicatorPack(
    string Id,
    string Name,
    string Family,
    IReadOnlyList<string> Attribution,
    IReadOnlyList<string> KillSwitchDomains,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<ImportReport> Reports);
