namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Why a criterion held for an asset: the NVD criterion (CPE pattern, version range, vulnerable or platform), the
/// asset's CPE it matched, how the version was decided and the inventory fact behind it.
/// </summary>
public sealed record MatchEvidence(string Criterion, string Range, bool Vulnerable, string AssetCpe, string VersionDecision, string Fact, bool Uncertain);
