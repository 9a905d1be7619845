using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Cpe;
using Vigil.Domain.Vulnerabilities.Matching;

namespace Vigil.Domain.Tests.Vulnerabilities;

/// <summary>How the index files CVEs whose criteria mix a plain vendor:product with a pattern.</summary>
public class CveIndexTests
{
    [Fact]
    public void A_simple_cve_with_a_plain_and_a_wildcard_criterion_is_reported_once()
    {
        var cve = new Cve
        {
            Id = "CVE-2099-0001",
            Configurations =
            [
                new NvdConfiguration(NvdOperator.Or, false,
                [
                    new NvdNode(NvdOperator.Or, false,
                    [
                        Criterion("cpe:2.3:a:rarlab:winrar:*:*:*:*:*:*:*:*", "7.00"),
                        Criterion("cpe:2.3:a:rarlab:unrar*:*:*:*:*:*:*:*:*", "7.00"),
                    ]),
                ]),
            ],
        };
        var index = new CveIndex([cve]);
        var matcher = new VulnerabilityMatcher(index, BulletinFixes.None);
        var asset = new AssetProfile
        {
            Id = "pc",
            Kind = AssetKind.Computer,
            Products = [new AssetProduct(CpeName.Of(CpePart.Application, "rarlab", "winrar", CpeValue.Of("6.02")), "6.02", VersionScheme.Generic, "software 'WinRAR' 6.02")],
        };

        var matches = matcher.Match(asset);

        Assert.Single(matches);
        Assert.True(index.HasKey("rarlab:winrar"));
    }

    private static CpeMatchCriterion Criterion(string cpe, string endExcluding) => new()
    {
        Vulnerable = true,
        Criteria = CpeNameParser.Parse(cpe).Value!,
        VersionEndExcluding = endExcluding,
    };
}
