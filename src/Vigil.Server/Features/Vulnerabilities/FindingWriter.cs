using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Domain.Vulnerabilities.Matching;
using Vigil.Domain.Vulnerabilities.Stored;
using Vigil.Storage;

namespace Vigil.Server.Features.Vulnerabilities;

/// <summary>What writing one batch did.</summary>
internal record struct FindingCounts(int Assets, int Opened, int Updated, int Closed)
{
    public static FindingCounts operator +(FindingCounts a, FindingCounts b) =>
        new(a.Assets + b.Assets, a.Opened + b.Opened, a.Updated + b.Updated, a.Closed + b.Closed);
}

/// <summary>
/// Writes a batch's matches: one query loads the batch's existing findings, a match updates its (asset, CVE) row or
/// adds one, and an open finding the match no longer reports is closed — only among <c>cveScope</c> when a bulletin's
/// CVEs alone were matched.
/// </summary>
internal static class FindingWriter
{
    public static async Task<FindingCounts> WriteAsync(
        VigilDbContext db, IReadOnlyList<MatchAsset> assets, IReadOnlyList<VulnerabilityMatch> matches, IReadOnlySet<string>? cveScope, DateTime now, CancellationToken ct)
    {
        var ids = assets.Select(a => a.Id).ToList();
        var existing = await db.VulnerabilityFindings.Where(f => ids.Contains(f.AssetId)).ToListAsync(ct);
        var byKey = existing.ToDictionary(f => (f.AssetId, f.CveId));
        var existingByAsset = existing.ToLookup(f => f.AssetId);
        var byAsset = matches.ToLookup(m => m.AssetId, StringComparer.Ordinal);
        var counts = new FindingCounts(assets.Count, 0, 0, 0);
        foreach (var asset in assets)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var match in byAsset[asset.Profile.Id])
            {
                seen.Add(match.CveId);
                var status = match.Status.ToString();
                var evidence = Evidence(match.Evidence);
                if (!byKey.TryGetValue((asset.Id, match.CveId), out var finding))
                {
                    db.VulnerabilityFindings.Add(new VulnerabilityFinding
                    {
                        Id = Guid.CreateVersion7(), UnitId = asset.UnitId, AssetId = asset.Id, AssetKind = asset.Kind.ToString(), CveId = match.CveId,
                        Status = status, EvidenceJson = evidence, FixedBy = match.FixedBy, FirstSeenAt = now, LastEvaluatedAt = now,
                    });
                    counts.Opened++;
                    continue;
                }

                if (finding.ResolvedAt is not null)
                {
                    counts.Opened++;
                }
                else if (finding.Status != status || finding.FixedBy != match.FixedBy || finding.EvidenceJson != evidence)
                {
                    counts.Updated++;
                }

                (finding.UnitId, finding.Status, finding.EvidenceJson, finding.FixedBy, finding.LastEvaluatedAt, finding.ResolvedAt) =
                    (asset.UnitId, status, evidence, match.FixedBy, now, null);
            }

            foreach (var finding in existingByAsset[asset.Id].Where(f => f.ResolvedAt is null && !seen.Contains(f.CveId)
                && (cveScope is null || cveScope.Contains(f.CveId))))
            {
                (finding.UnitId, finding.ResolvedAt, finding.LastEvaluatedAt) = (asset.UnitId, now, now);
                counts.Closed++;
            }
        }

        return counts;
    }

    public static string Evidence(IReadOnlyList<MatchEvidence> evidence) =>
        JsonSerializer.Serialize(evidence.Select(e => new VulnEvidenceDto(e.Criterion, e.Range, e.Vulnerable, e.AssetCpe, e.VersionDecision, e.Fact, e.Uncertain)).ToList(),
            VigilJsonContext.Default.ListVulnEvidenceDto);

    public static List<VulnEvidenceDto> ReadEvidence(string json) =>
        JsonSerializer.Deserialize(json, VigilJsonContext.Default.ListVulnEvidenceDto) ?? [];
}
