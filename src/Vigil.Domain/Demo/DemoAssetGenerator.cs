using System.Globalization;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>
/// Computers and network devices for demo units, with the mix a 2025 review actually finds: a long tail of
/// Windows XP/7 on old Pentium and Core i3 machines (schools and clinics most), personal PCs used for work,
/// legacy machines known only through OCS or spreadsheets, and Cisco gear on old IOS trains.
/// </summary>
internal sealed class DemoAssetGenerator(DateTime nowUtc, Random random, DemoIds ids)
{
    private sealed record OsChoice(string Name, string Version, bool Legacy, string[] Cpus, int[] RamMb);

    private static readonly string[] OldCpus =
    [
        "Intel(R) Pentium(R) CPU G2030 @ 3.00GHz",
        "Intel(R) Core(TM)2 Duo CPU E7500 @ 2.93GHz",
        "Intel(R) Core(TM) i3-2120 CPU @ 3.30GHz",
        "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz",
    ];

    private static readonly string[] MiddleCpus =
    [
        "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz",
        "Intel(R) Core(TM) i5-4570 CPU @ 3.20GHz",
        "Intel(R) Pentium(R) CPU G4560 @ 3.50GHz",
        "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz",
        "Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz",
    ];

    private static readonly string[] NewCpus =
    [
        "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz",
        "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz",
        "12th Gen Intel(R) Core(TM) i5-12400",
        "13th Gen Intel(R) Core(TM) i7-13700",
        "AMD Ryzen 5 5600G with Radeon Graphics",
    ];

    private static readonly OsChoice WindowsXp = new("Microsoft Windows XP Professional", "5.1.2600 Service Pack 3", true, OldCpus, [2048]);
    private static readonly OsChoice Windows7 = new("Microsoft Windows 7 Professional", "6.1.7601 Service Pack 1", true, OldCpus, [2048, 4096]);
    private static readonly OsChoice Windows81 = new("Microsoft Windows 8.1 Pro", "6.3.9600", true, MiddleCpus, [4096]);
    private static readonly OsChoice Windows10 = new("Microsoft Windows 10 Pro", "10.0.19045 (22H2)", false, MiddleCpus, [4096, 8192]);
    private static readonly OsChoice Windows11V23H2 = new("Microsoft Windows 11 Pro", "10.0.22631 (23H2)", false, NewCpus, [8192, 16384]);
    private static readonly OsChoice Windows11V24H2 = new("Microsoft Windows 11 Pro", "10.0.26100 (24H2)", false, NewCpus, [8192, 16384]);
    private static readonly OsChoice Ubuntu = new("Ubuntu 22.04.4 LTS", "22.04", false, MiddleCpus, [4096, 8192]);

    public List<Computer> Computers { get; } = [];

    public List<NetworkDevice> NetworkDevices { get; } = [];

    public void AddFor(OrgUnit unit)
    {
        var count = unit.Kind switch
        {
            UnitKind.Department => random.Next(8, 16),
            UnitKind.Agency => random.Next(6, 16),
            _ => random.Next(3, 11),
        };
        for (var n = 1; n <= count; n++)
        {
            Computers.Add(NewComputer(unit, n));
        }

        AddNetworkDevices(unit);
    }

    private Computer NewComputer(OrgUnit unit, int number)
    {
        // Schools and clinics run the oldest machines; offices upgraded more often.
        var legacyBias = unit.Kind is UnitKind.School or UnitKind.Clinic ? 14 : 0;
        var roll = random.Next(100);
        var os = roll switch
        {
            _ when roll < 5 + (legacyBias / 2) => WindowsXp,
            _ when roll < 22 + legacyBias => Windows7,
            _ when roll < 28 + legacyBias => Windows81,
            _ when roll < 72 => Windows10,
            _ when roll < 83 => Windows11V23H2,
            _ when roll < 94 => Windows11V24H2,
            _ => Ubuntu,
        };
        var isPersonal = random.Next(100) < 12;

        // A .NET 10 agent cannot run on XP/7/8.1: those are known only through OCS or a spreadsheet.
        var source = os.Legacy
            ? (random.Next(2) == 0 ? "ocs" : "import")
            : random.Next(10) switch { < 5 => "agent", < 8 => "ocs", _ => "import" };

        return new Computer
        {
            Id = ids.Next(),
            UnitId = unit.Id,
            Hostname = string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{(isPersonal ? "CN" : "PC")}{number:00}"),
            OsName = os.Name,
            OsVersion = os.Version,
            CpuModel = os.Cpus[random.Next(os.Cpus.Length)],
            RamMb = os.RamMb[random.Next(os.RamMb.Length)],
            IsPersonal = isPersonal,
            Source = source,
            ObservedAt = nowUtc.AddMinutes(-random.Next(0, 60 * 24 * 60)),
        };
    }

    private void AddNetworkDevices(OrgUnit unit)
    {
        var bigSite = unit.Kind is UnitKind.Department || unit.Code.EndsWith("-TTCNTT", StringComparison.Ordinal) || unit.Code.EndsWith("-VPUBND", StringComparison.Ordinal);
        var officeSite = bigSite || unit.Code.EndsWith("-UBND", StringComparison.Ordinal);

        AddDevice(unit, "SW01", "switch", "Cisco", Pick(
            ("WS-C2960-24TT-L", "12.2(55)SE"),
            ("WS-C2960-24TT-L", "15.0(2)SE11"),
            ("WS-C2960X-24TS-L", "15.2(7)E4"),
            ("C9200L-24T-4G", "17.9.4a")));

        if (!officeSite)
        {
            // Small sites often have only an unmanaged switch or a home router from the ISP.
            if (random.Next(3) == 0)
            {
                AddDevice(unit, "SW02", "switch", "TP-Link", ("TL-SG1024D", null));
            }

            return;
        }

        AddDevice(unit, "RT01", "router", "Cisco", Pick(("ISR4331/K9", "16.9.4"), ("ISR4331/K9", "16.12.5"), ("ISR4331/K9", "17.6.5"), ("ISR4331/K9", "17.9.4a")));
        if (random.Next(2) == 0)
        {
            AddDevice(unit, "RT01-NIM", "module", "Cisco", ("NIM-ES2-4", null));
        }

        if (bigSite)
        {
            AddDevice(unit, "FW01", "firewall", "Cisco", Pick(("ASA5506-X", "9.8(4)"), ("ASA5506-X", "9.12(4)")));
            AddDevice(unit, "WLC01", "wireless", "Cisco", ("AIR-CT2504-K9", "8.5.182.0"));
            AddDevice(unit, "AP01", "wireless", "Cisco", ("AIR-CAP2702I-E-K9", "8.5.182.0"));
        }
        else
        {
            var nonCisco = Pick<(string Vendor, string Model, string Version)>(
                ("MikroTik", "RB750Gr3", "6.49.10"),
                ("Fortinet", "FortiGate-60F", "7.2.8"),
                ("Ubiquiti", "UniFi AP AC Lite", "6.5.62"));
            AddDevice(unit, nonCisco.Vendor == "Ubiquiti" ? "AP01" : "GW01", nonCisco.Vendor == "Ubiquiti" ? "wireless" : nonCisco.Vendor == "Fortinet" ? "firewall" : "router", nonCisco.Vendor, (nonCisco.Model, nonCisco.Version));
        }
    }

    private void AddDevice(OrgUnit unit, string suffix, string kind, string vendor, (string Model, string? Version) model) =>
        NetworkDevices.Add(new NetworkDevice
        {
            Id = ids.Next(),
            UnitId = unit.Id,
            Hostname = $"{unit.Code}-{suffix}",
            Kind = kind,
            Vendor = vendor,
            Model = model.Model,
            SoftwareVersion = model.Version,
            Source = random.Next(3) == 0 ? "scan" : "import",
            ObservedAt = nowUtc.AddMinutes(-random.Next(0, 60 * 24 * 60)),
        });

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
