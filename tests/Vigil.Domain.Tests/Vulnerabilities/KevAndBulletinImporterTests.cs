using System.Text;
using Vigil.Domain.Vulnerabilities.Import;

namespace Vigil.Domain.Tests.Vulnerabilities;

public class KevAndBulletinImporterTests
{
    [Fact]
    public void Reads_the_kev_json_feed()
    {
        var result = KevImporter.Read("kev.json", VulnFixtures.Bytes("kev-subset.json"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(8, result.Items.Count);
        var wer = result.Items.Single(k => k.CveId == "CVE-2024-26169");
        Assert.Equal(new DateOnly(2024, 7, 4), wer.DueDate);
        Assert.Equal(new DateOnly(2024, 6, 13), wer.DateAdded);
        Assert.True(wer.KnownRansomwareUse);
        Assert.Equal("Microsoft", wer.VendorProject);
        Assert.False(result.Items.Single(k => k.CveId == "CVE-2024-20353").KnownRansomwareUse);
    }

    [Fact]
    public void Reads_the_kev_csv_with_the_same_result()
    {
        var json = KevImporter.Read("kev.json", VulnFixtures.Bytes("kev-subset.json"));
        var csv = KevImporter.Read("kev.csv", VulnFixtures.Bytes("kev-subset.csv"));

        Assert.True(csv.IsSuccess, string.Join("; ", csv.Errors));
        Assert.Equal(json.Items.Select(k => (k.CveId, k.DueDate, k.KnownRansomwareUse, k.RequiredAction, string.Join(",", k.Cwes))),
            csv.Items.Select(k => (k.CveId, k.DueDate, k.KnownRansomwareUse, k.RequiredAction, string.Join(",", k.Cwes))));
    }

    [Fact]
    public void Kev_entries_replace_the_copy_nvd_carries()
    {
        var kev = KevImporter.Read("kev.json", VulnFixtures.Bytes("kev-subset.json")).Items;
        var cves = Vigil.Domain.Vulnerabilities.KevJoin.Apply([VulnFixtures.Cve("CVE-2017-0144"), VulnFixtures.Cve("CVE-2024-26169")], kev);

        Assert.All(cves, c => Assert.True(c.Kev!.KnownRansomwareUse));
        Assert.Equal(new DateOnly(2022, 8, 10), cves[0].Kev!.DueDate);
        Assert.Equal("Microsoft", cves[1].Kev!.VendorProject);
    }

    [Fact]
    public void Kev_csv_errors_name_row_and_column()
    {
        var text = "cveID,vendorProject,product,vulnerabilityName,dateAdded,shortDescription,requiredAction,dueDate,knownRansomwareCampaignUse\n"
            + "CVE-2024-26169,Microsoft,Windows,WER,2024-06-13,x,Apply,2024-07-04,Known\n"
            + "CVE-2024-20353,Cisco,ASA,DoS,13/06/2024,x,Apply,2024-05-01,Unknown\n";

        var result = KevImporter.Read("kev.csv", Encoding.UTF8.GetBytes(text));

        Assert.Empty(result.Items);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "dateAdded", VulnImportCodes.Date), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Kev_csv_without_required_columns_is_refused()
    {
        var result = KevImporter.Read("kev.csv", "cveID,product\nCVE-2024-26169,Windows\n"u8.ToArray());

        Assert.Contains(result.Errors, e => e.Code == VulnImportCodes.MissingColumn && e.Column == "dueDate");
    }

    [Fact]
    public void Reads_a_bulletin_sheet_with_kbs_versions_and_vietnamese_values()
    {
        var result = BulletinSheetParser.ReadCsv("ms17-010-bulletin.csv", VulnFixtures.Bytes("ms17-010-bulletin.csv"), "123/CV-ATTT", new DateOnly(2017, 5, 13), "MS17-010");

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var bulletin = Assert.Single(result.Items);
        Assert.Equal("123/CV-ATTT", bulletin.DocumentNumber);
        Assert.Equal(6, bulletin.Rows.Count);
        Assert.Equal(["CVE-2017-0143", "CVE-2017-0144", "CVE-2024-20353", "CVE-2023-20198"], bulletin.CveIds);
        Assert.Equal(["KB4012212", "KB4012215", "KB4015549", "KB4019264"], bulletin.Rows[0].FixKbs);
        var asa = bulletin.Rows[4];
        Assert.Equal((8.6m, true, "9.16.4.57", "High"), (asa.Cvss!.Value, asa.Exploited, asa.FixedVersion, asa.Severity));
    }

    [Fact]
    public void A_bad_bulletin_reports_every_cell_and_imports_nothing()
    {
        var result = BulletinSheetParser.ReadCsv("bad-bulletin.csv", VulnFixtures.Bytes("bad-bulletin.csv"), "1/CV", null, "");

        Assert.Empty(result.Items);
        Assert.Equal(
            [(3, "A", VulnImportCodes.CveId), (4, "B", VulnImportCodes.Required), (4, "D", VulnImportCodes.Score), (4, "E", VulnImportCodes.Required)],
            result.Errors.Select(e => (e.Row!.Value, e.Column!, e.Code)));
        Assert.Equal("bad-bulletin.csv, row 4, D: '11' is not a CVSS score (0–10).", result.Errors[2].ToString());
    }

    [Fact]
    public void A_bulletin_needs_the_cve_and_product_columns_and_a_number()
    {
        var missing = BulletinSheetParser.ReadCsv("b.csv", "CVE,Fix\nCVE-2017-0143,KB4012212\n"u8.ToArray(), "1/CV", null, "");
        var unnumbered = BulletinSheetParser.ReadCsv("b.csv", VulnFixtures.Bytes("ms17-010-bulletin.csv"), " ", null, "");

        Assert.Equal((1, "product"), (Assert.Single(missing.Errors).Row!.Value, missing.Errors[0].Column!));
        Assert.Equal(VulnImportCodes.Required, Assert.Single(unnumbered.Errors).Code);
    }

    [Fact]
    public void Reads_a_csaf_advisory_with_product_names_cpes_scores_exploitation_and_kbs()
    {
        var result = CsafImporter.Read("ms-csaf-sample.json", VulnFixtures.Bytes("ms-csaf-sample.json"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var bulletin = Assert.Single(result.Items);
        Assert.Equal(("EXAMPLE-2024-26169", new DateOnly(2024, 3, 12)), (bulletin.DocumentNumber, bulletin.Date!.Value));
        Assert.Equal(2, bulletin.Rows.Count);
        var win10 = bulletin.Rows[0];
        Assert.Equal("Windows 10 Version 22H2 for x64-based Systems", win10.Product);
        Assert.Equal("cpe:2.3:o:microsoft:windows_10_22h2:*:*:*:*:*:*:x64:*", win10.Cpe);
        Assert.Equal((7.8m, "HIGH", true), (win10.Cvss!.Value, win10.Severity, win10.Exploited));
        Assert.Equal(["KB5035845"], win10.FixKbs);
        Assert.Equal(["KB5035858"], bulletin.Rows[1].FixKbs);
    }

    [Theory]
    [InlineData("{}", VulnImportCodes.Shape)]
    [InlineData("{\"document\": {\"tracking\": {\"id\": \"X-1\"}}, \"vulnerabilities\": [{\"cve\": \"CVE-1\"}]}", VulnImportCodes.CveId)]
    [InlineData("not json", VulnImportCodes.NotJson)]
    public void Rejects_what_is_not_csaf(string content, string code)
    {
        Assert.Equal(code, Assert.Single(CsafImporter.Read("x.json", Encoding.UTF8.GetBytes(content)).Errors).Code);
    }
}
