namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>Small valid site files of each catalog: the base of error-position, merge and fuzz tests.</summary>
internal static class CatalogSamples
{
    public const string Lifecycle = """
        # A province decides Windows 10 22H2 counts as supported one year longer, and adds a local distribution.
        version: "site-2026.1"
        entries:
          - key: windows-10-22h2
            label: Windows 10 22H2
            family: windows
            release: Windows 10
            released: 2022-10-18
            end_of_support: 2026-10-13
            end_of_extended_support: 2028-10-10
            lts: false
            source: decision 12/QD-UBND
            match:
              builds: [19045]
              editions: any
          - key: windows-10-ltsc-2021
            label: Windows 10 Enterprise LTSC 2021
            family: windows
            release: Windows 10
            end_of_support: 2027-01-12
            lts: true
            match:
              builds: [19044]
              name_has: ["LTSC|LTSB"]
          - key: ubuntu-22.04
            label: Ubuntu 22.04 LTS
            family: linux
            release: Ubuntu 22.04
            end_of_support: 2027-04-01
            lts: yes
            match: { distro: ubuntu, version: "22.04" }
          - key: debian-13
            label: Debian 13 (Trixie)
            family: linux
            release: Debian 13
            released: 2025-08-09
            end_of_support: 2028-08-09
            match:
              distro: debian
              version: "13"
        """;

    public const string Ms17010 = """
        version: site-1
        entries:
          - key: windows-7
            label: Windows 7 SP1 and Windows Server 2008 R2 SP1
            releases: [Windows 7, Windows Server 2008 R2]
            fixed_by: [KB4012212, KB4012215]
            superseded_by: [KB4019264, KB4534310]
          - key: windows-10-1607
            label: Windows 10 1607
            releases: [Windows 10, Windows Server 2016]
            builds: [14393]
            fixed_build: "14393.953"
            fixed_by: [KB4013429]
          - key: windows-11
            label: Windows 11
            releases: Windows 11
            not_affected: true
        """;

    public const string Processors = """
        version: "2025.10.6"
        intel:
          - Core(TM) i5-8250U
          - Pentium(R) Gold 6405U
        amd:
          - Ryzen 5 3500U
          - 3015e
        qualcomm:
          - Snapdragon (TM) 8cx Gen 2
          - X1E-78-100
        """;
}
