using Vigil.Domain.Assets;
using Vigil.Domain.Devices;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>
/// The assets of demo units with the mix a 2025 review actually finds: computers as inventory reports from every
/// channel (<see cref="DemoComputerGenerator"/>), and Cisco gear on old IOS trains next to small-site routers.
/// </summary>
internal sealed class DemoAssetGenerator(DateTime nowUtc, Random random, DemoIds ids)
{
    private readonly DemoComputerGenerator _computers = new(nowUtc, random, ids);

    public List<InventoryReport> InventoryReports => _computers.Reports;

    public List<NetworkDevice> NetworkDevices { get; } = [];

    public void AddFor(OrgUnit unit)
    {
        _computers.AddFor(unit);
        AddNetworkDevices(unit);
    }

    public void AddUnassigned() => _computers.AddUnassigned();

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
            SoftwareFamily = CiscoOsFamilies.Code(CiscoFamilyGuess.Guess(vendor, model.Model, kind, model.Version)),
            Source = random.Next(3) == 0 ? "scan" : "import",
            ObservedAt = nowUtc.AddMinutes(-random.Next(0, 60 * 24 * 60)),
        });

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
