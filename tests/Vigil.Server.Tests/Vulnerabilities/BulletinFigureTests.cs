using Vigil.Server.Tests.Directives;
using Vigil.Storage;

namespace Vigil.Server.Tests.Vulnerabilities;

/// <summary>The directive figure kind bulletin-affected, measured from the findings of the bulletin it names.</summary>
public class BulletinFigureTests
{
    private const string Template = """
        template: bulletin-ms17
        version: 1
        title:
          vi: Khắc phục lỗ hổng theo cảnh báo 12/CB-VNCERT
          en: Remediate the vulnerabilities of warning 12/CB-VNCERT
        figures:
          - key: bulletin-affected
            kind: bulletin-affected
            bulletin: 12/CB-VNCERT
            title:
              vi: Máy tính và thiết bị bị ảnh hưởng
              en: Computers and devices affected
        """;

    [Fact]
    public async Task A_unit_reports_its_affected_and_probable_assets_and_not_the_fixed_ones()
    {
        await using var host = await VulnerabilityHost.StartAsync(StorageProvider.Sqlite);
        Directory.CreateDirectory(Path.Combine(host.Server.DataDirectory, "templates"));
        await File.WriteAllTextAsync(Path.Combine(host.Server.DataDirectory, "templates", "bulletin-ms17.yaml"), Template);
        var (a, b) = (host.World.A.Id, host.World.B.Id);
        await host.ReportAsync(a, VulnerabilityHost.Windows7("KT-W7-OPEN", "33333333-0000-0000-0000-000000000001", smb1: true));
        await host.ReportAsync(a, VulnerabilityHost.Windows7("KT-W7-KB", "33333333-0000-0000-0000-000000000002", smb1: true, "KB4012212"));
        await host.AddAsaAsync(a, "KT-ASA-OLD", "9.16(4)55");
        await host.ReportAsync(b, VulnerabilityHost.Windows7("SECRETB-W7", "33333333-0000-0000-0000-000000000003", smb1: true));
        await host.ImportAsync("nvd", VulnerabilityHost.Files("nvd/CVE-2017-0143.json", "nvd/CVE-2017-0144.json", "nvd/CVE-2024-20353.json"));
        var form = VulnerabilityHost.Files("ms17-010-bulletin.csv");
        form.Add(new StringContent("12/CB-VNCERT"), "documentNumber");
        await host.ImportAsync("bulletin", form);

        var directive = await DirectiveHost.CreateAsync(host.Inner, host.World.Province.Id, "bulletin-ms17", host.Inner.Local(7));

        var reportA = await DirectiveHost.ReportAsync(host.Inner, directive.Id, a, "officer.a");
        Assert.Equal(2, Assert.Single(reportA.Figures, f => f.Key == "bulletin-affected").Measured);
        var reportB = await DirectiveHost.ReportAsync(host.Inner, directive.Id, b, "coord.p");
        Assert.Equal(1, Assert.Single(reportB.Figures, f => f.Key == "bulletin-affected").Measured);
    }
}
