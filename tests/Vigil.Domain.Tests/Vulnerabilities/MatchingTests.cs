using Vigil.Domain.Devices;
using Vigil.Domain.Inventory;
using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Import;
using Vigil.Domain.Vulnerabilities.Matching;

namespace Vigil.Domain.Tests.Vulnerabilities;

/// <summary>The real NVD records against computers and devices on both sides of each fix.</summary>
public class MatchingTests
{
    private static readonly VulnerabilityMatcher Matcher = new(new CveIndex(VulnFixtures.All()), Fixes());

    [Fact]
    public void Ms17_010_hits_windows_7_sp1_with_smbv1_and_names_both_criteria()
    {
        var pc = Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: true);

        var matches = Matches(pc);

        Assert.Equal(["CVE-2017-0143", "CVE-2017-0144"], matches.Select(m => m.CveId));
        var m0143 = matches[0];
        Assert.Equal(MatchStatus.Affected, m0143.Status);
        Assert.Contains(m0143.Evidence, e => e.Vulnerable && e.Criterion == "cpe:2.3:a:microsoft:server_message_block:1.0:*:*:*:*:*:*:*" && e.Fact.Contains("SMBv1", StringComparison.Ordinal));
        Assert.Contains(m0143.Evidence, e => !e.Vulnerable && e.Criterion == "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*"
            && e.AssetCpe == "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*");
    }

    [Fact]
    public void Ms17_010_on_windows_7_is_fixed_by_the_march_2017_update_a_bulletin_names()
    {
        var patched = Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: true, hotfixes: ["KB976902", "kb4012212"]);
        var rollup = Computer("Microsoft Windows 7 Enterprise", "6.1.7601", "7601", "Service Pack 1", smb1: true, hotfixes: ["KB4019264"]);
        var other = Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: true, hotfixes: ["KB4012213"]);

        Assert.All(Matches(patched), m => Assert.Equal((MatchStatus.Fixed, "KB4012212"), (m.Status, m.FixedBy!)));
        Assert.All(Matches(rollup), m => Assert.Equal(MatchStatus.Fixed, m.Status));
        Assert.All(Matches(other), m => Assert.Equal(MatchStatus.Affected, m.Status));
    }

    [Fact]
    public void Ms17_010_needs_the_smbv1_server()
    {
        var off = Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: false);
        var unknown = Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: null);
        var win10 = Computer("Microsoft Windows 10 Pro", "10.0.19045", "19045", null, smb1: null);

        Assert.Empty(Matches(off));
        Assert.All(Matches(unknown), m => Assert.Equal(MatchStatus.Probable, m.Status));
        Assert.Equal(2, Matches(unknown).Count);
        Assert.DoesNotContain(Matches(win10), m => m.CveId.StartsWith("CVE-2017", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_7_rtm_is_not_the_sp1_of_the_record()
    {
        var rtm = Computer("Microsoft Windows 7 Professional", "6.1.7600", "7600", null, smb1: true);

        Assert.Empty(Matches(rtm));
    }

    [Theory]
    [InlineData("10.0.19045.4046", "19045", MatchStatus.Affected)]
    [InlineData("10.0.19045.4170", "19045", null)]
    [InlineData("10.0.19045.4291", "19045.4291", null)]
    [InlineData("10.0.19045", "19045", MatchStatus.Probable)]
    [InlineData("10.0.22631.3155", "22631", MatchStatus.Affected)]
    [InlineData("10.0.22631.3296", "22631", null)]
    [InlineData("10.0.22621.3007", "22621.3007", MatchStatus.Affected)]
    [InlineData("10.0.26100.1000", "26100", null)]
    public void Cve_2024_26169_follows_the_windows_build(string version, string build, MatchStatus? expected)
    {
        var name = build.StartsWith("22", StringComparison.Ordinal) || build.StartsWith("26", StringComparison.Ordinal) ? "Microsoft Windows 11 Pro" : "Microsoft Windows 10 Pro";
        var pc = Computer(name, version, build, null, smb1: false);

        var match = Matches(pc).SingleOrDefault(m => m.CveId == "CVE-2024-26169");

        Assert.Equal(expected, match?.Status);
        if (match is not null)
        {
            Assert.Contains("in range < 10.0.", match.Evidence[0].VersionDecision, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("9.16(4)55", true)]
    [InlineData("9.16(4)57", false)]
    [InlineData("9.18(4)8", true)]
    [InlineData("9.18(4)22", false)]
    [InlineData("9.8(1)", true)]
    [InlineData("9.20(2)", true)]
    [InlineData("9.20(2)10", false)]
    public void Cve_2024_20353_lists_asa_versions_exactly(string version, bool affected)
    {
        var asa = AssetProfiles.ForDevice("fw-1", "fw-1", CiscoOsFamily.Asa, version);

        var match = Matcher.Match(asa).SingleOrDefault(m => m.CveId == "CVE-2024-20353");

        Assert.Equal(affected, match is not null);
        if (match is not null)
        {
            Assert.Equal(MatchStatus.Affected, match.Status);
            Assert.StartsWith("cpe:2.3:o:cisco:adaptive_security_appliance_software:", match.Evidence[0].Criterion, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("16.12.4", true)]
    [InlineData("16.12.10a", false)]
    [InlineData("17.3.4", true)]
    [InlineData("17.3.8a", false)]
    [InlineData("17.6.1", true)]
    [InlineData("17.9.3a", true)]
    [InlineData("17.9.4a", false)]
    [InlineData("17.12.1", false)]
    [InlineData("16.9.3", false)]
    public void Cve_2023_20198_follows_the_ios_xe_ranges(string version, bool affected)
    {
        var switchXe = AssetProfiles.ForDevice("sw-1", "sw-1", CiscoOsFamily.IosXe, version);

        var match = Matcher.Match(switchXe).SingleOrDefault(m => m.CveId == "CVE-2023-20198");

        Assert.Equal(affected, match is not null);
        if (match is not null)
        {
            Assert.Equal("cpe:2.3:o:cisco:ios_xe:*:*:*:*:*:*:*:*", match.Evidence[0].Criterion);
            Assert.Contains("< 17.", match.Evidence[0].Range + match.Evidence[0].Range.Replace("16.", "17.", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ios_xe_ranges_do_not_touch_classic_ios()
    {
        var ios = AssetProfiles.ForDevice("r-1", "r-1", CiscoOsFamily.Ios, "15.2(7)E4");

        Assert.Empty(Matcher.Match(ios));
        Assert.Equal("cpe:2.3:o:cisco:ios:15.2\\(7\\)e4:*:*:*:*:*:*:*", Assert.Single(ios.Products).Cpe.Formatted);
    }

    [Fact]
    public void A_bulletin_is_matched_only_against_its_cves()
    {
        var bulletin = BulletinSheetParser.ReadCsv("b.csv", VulnFixtures.Bytes("ms17-010-bulletin.csv"), "1/CV", null, "").Items[0];
        var fleet = new[]
        {
            Computer("Microsoft Windows 7 Professional", "6.1.7601", "7601", "Service Pack 1", smb1: true),
            Computer("Microsoft Windows 10 Pro", "10.0.19045.4046", "19045", null, smb1: false),
            AssetProfiles.ForDevice("fw-1", "fw-1", CiscoOsFamily.Asa, "9.16(4)55"),
        };

        var matches = Matcher.MatchBulletin(bulletin, fleet);

        Assert.Equal(["CVE-2017-0143", "CVE-2017-0144", "CVE-2024-20353"], matches.Select(m => m.CveId));
    }

    [Fact]
    public void Software_is_mapped_by_the_dictionary_or_listed_as_unmapped()
    {
        var snapshot = new InventorySnapshot
        {
            Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045", Build = "19045" },
            Software =
            [
                new SoftwareItem("Google Chrome", "124.0.6367.60", "Google LLC"),
                new SoftwareItem("Notepad++ (64-bit x64)", "8.5.1", "Notepad++ Team"),
                new SoftwareItem("Phần mềm kế toán MISA", "2023", "MISA JSC"),
                new SoftwareItem("RARLAB WinRAR", "6.02", "win.rar GmbH"),
            ],
        };

        var profile = AssetProfiles.ForComputer("pc", "pc", snapshot, key => key == "win.rar:gmbh");

        Assert.Contains(profile.Products, p => p.Cpe.Formatted == "cpe:2.3:a:google:chrome:124.0.6367.60:*:*:*:*:*:*:*");
        Assert.Contains(profile.Products, p => p.Cpe.Key == "notepad-plus-plus:notepad++");
        Assert.Equal(["Phần mềm kế toán MISA 2023", "RARLAB WinRAR 6.02"], profile.UnmappedSoftware);
    }

    [Fact]
    public void The_name_heuristic_only_proposes_catalogued_products()
    {
        Assert.Equal("rarlab:winrar", SoftwareCpeMap.Guess("WinRAR 6.02 (64-bit)", "RARLAB", "6.02", k => k == "rarlab:winrar")!.Cpe.Key);
        Assert.Null(SoftwareCpeMap.Guess("WinRAR 6.02 (64-bit)", "RARLAB", "6.02", _ => false));
    }

    [Theory]
    [InlineData("Microsoft Windows Server 2008 R2 Standard", "6.1.7601", "7601", "Service Pack 1", "cpe:2.3:o:microsoft:windows_server_2008:r2:sp1:*:*:*:*:x64:*")]
    [InlineData("Microsoft Windows Server 2022 Standard", "10.0.20348.2340", "20348", null, "cpe:2.3:o:microsoft:windows_server_2022:10.0.20348.2340:*:*:*:*:*:x64:*")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393.953", null, "cpe:2.3:o:microsoft:windows_10_1607:10.0.14393.953:*:*:*:*:*:x64:*")]
    [InlineData("Microsoft Windows 8.1 Pro", "6.3.9600", "9600", null, "cpe:2.3:o:microsoft:windows_8.1:-:-:*:*:*:*:x64:*")]
    public void Names_windows_as_nvd_does(string name, string version, string build, string? servicePack, string cpe)
    {
        var os = new OsInfo { Family = OsFamily.Windows, Name = name, Version = version, Build = build, ServicePack = servicePack, Architecture = "64-bit" };

        Assert.Equal(cpe, WindowsCpe.For(os)!.Cpe.Formatted);
    }

    private static List<VulnerabilityMatch> Matches(AssetProfile asset) => Matcher.Match(asset).OrderBy(m => m.CveId, StringComparer.Ordinal).ToList();

    private static AssetProfile Computer(string name, string version, string build, string? servicePack, bool? smb1, string[]? hotfixes = null) =>
        AssetProfiles.ForComputer("pc", "pc", new InventorySnapshot
        {
            Os = new OsInfo { Family = OsFamily.Windows, Name = name, Version = version, Build = build, ServicePack = servicePack, Architecture = "64-bit" },
            Smb1ServerEnabled = smb1,
            Hotfixes = hotfixes,
        });

    private static BulletinFixes Fixes() =>
        new(BulletinSheetParser.ReadCsv("b.csv", VulnFixtures.Bytes("ms17-010-bulletin.csv"), "1/CV", null, "").Items[0].Rows);
}
