using System.IO.Compression;
using System.Text;
using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Import;

namespace Vigil.Domain.Tests.Vulnerabilities;

public class NvdImporterTests
{
    [Fact]
    public void Reads_a_single_record_with_scores_weaknesses_kev_and_configurations()
    {
        var cve = VulnFixtures.Cve("CVE-2024-26169");

        Assert.Equal("CVE-2024-26169", cve.Id);
        Assert.Equal("Windows Error Reporting Service Elevation of Privilege Vulnerability", cve.Description);
        Assert.Equal(new CvssScore("3.1", 7.8m, "HIGH", "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"), cve.Cvss);
        Assert.Equal(["CWE-269"], cve.Cwes);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 17, 15, 56, 173, TimeSpan.Zero), cve.Published);
        Assert.Equal(new DateOnly(2024, 7, 4), cve.Kev!.DueDate);
        Assert.Equal(new DateOnly(2024, 6, 13), cve.Kev.DateAdded);
        var configuration = Assert.Single(cve.Configurations);
        var node = Assert.Single(configuration.Nodes);
        var first = node.Matches[0];
        Assert.Equal("cpe:2.3:o:microsoft:windows_10_1507:*:*:*:*:*:*:*:*", first.Criteria.Formatted);
        Assert.Equal("10.0.10240.20526", first.VersionEndExcluding);
        Assert.True(first.Vulnerable);
    }

    [Fact]
    public void Prefers_nvd_primary_v31_over_v2_and_keeps_and_configurations()
    {
        var cve = VulnFixtures.Cve("CVE-2017-0144");

        Assert.Equal(8.8m, cve.Cvss!.Score);
        Assert.Equal("3.1", cve.Cvss.Version);
        Assert.Empty(cve.Cwes);
        var smb = cve.Configurations[0];
        Assert.Equal(NvdOperator.And, smb.Operator);
        Assert.Equal(2, smb.Nodes.Count);
        Assert.Contains(smb.Nodes[1].Matches, m => !m.Vulnerable && m.Criteria.Formatted == "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*");
    }

    [Fact]
    public void Reads_every_fixture_record_from_the_folder()
    {
        var result = NvdImporter.ReadFolder(VulnFixtures.NvdFolder);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(["CVE-2017-0143", "CVE-2017-0144", "CVE-2023-20198", "CVE-2024-20353", "CVE-2024-26169"], result.Items.Select(c => c.Id));
        Assert.Equal(267, result.Items.Single(c => c.Id == "CVE-2024-20353").Configurations.Sum(c => c.Nodes.Sum(n => n.Matches.Count)));
    }

    [Fact]
    public void Reads_an_api_page_and_its_gzip()
    {
        var page = Page("CVE-2023-20198.json", "CVE-2024-20353.json");

        var plain = NvdImporter.Read("page.json", page);
        var zipped = NvdImporter.Read("page.json.gz", Gzip(page));

        Assert.Equal(["CVE-2023-20198", "CVE-2024-20353"], plain.Items.Select(c => c.Id));
        Assert.Equal(plain.Items.Select(c => c.Id), zipped.Items.Select(c => c.Id));
        Assert.Equal(10.0m, zipped.Items[0].Cvss!.Score);
    }

    [Fact]
    public void One_bad_criterion_fails_the_whole_page_with_its_path()
    {
        var text = Encoding.UTF8.GetString(Page("CVE-2023-20198.json", "CVE-2024-26169.json"))
            .Replace("cpe:2.3:o:microsoft:windows_10_22h2:*:*:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_10_22h2", StringComparison.Ordinal);

        var result = NvdImporter.Read("page.json", Encoding.UTF8.GetBytes(text));

        Assert.Empty(result.Items);
        var error = Assert.Single(result.Errors);
        Assert.Equal("page.json", error.File);
        Assert.Equal("vulnerabilities[1].cve.configurations[0].nodes[0].cpeMatch[7].criteria", error.Column);
        Assert.Equal(VulnImportCodes.Cpe, error.Code);
    }

    [Theory]
    [InlineData("", VulnImportCodes.Empty)]
    [InlineData("{\"id\": \"CVE-17-1\"}", VulnImportCodes.CveId)]
    [InlineData("{\"CVE_Items\": []}", VulnImportCodes.Shape)]
    [InlineData("[1,2]", VulnImportCodes.Shape)]
    [InlineData("{\"vulnerabilities\": [", VulnImportCodes.NotJson)]
    public void Rejects_what_is_not_nvd_2_0(string content, string code)
    {
        var result = NvdImporter.Read("x.json", Encoding.UTF8.GetBytes(content));

        Assert.Empty(result.Items);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Rejects_a_broken_gzip()
    {
        var gzip = Gzip(VulnFixtures.Nvd("CVE-2024-26169.json"))[..40];

        Assert.Equal(VulnImportCodes.NotGzip, Assert.Single(NvdImporter.Read("x.json.gz", gzip).Errors).Code);
    }

    internal static byte[] Page(params string[] files)
    {
        var records = files.Select(f => "{\"cve\": " + Encoding.UTF8.GetString(VulnFixtures.Nvd(f)) + "}");
        return Encoding.UTF8.GetBytes("{\"resultsPerPage\": 2, \"startIndex\": 0, \"totalResults\": 2, \"format\": \"NVD_CVE\", \"version\": \"2.0\", \"vulnerabilities\": ["
            + string.Join(",", records) + "]}");
    }

    internal static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
