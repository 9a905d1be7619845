using System.Globalization;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>
/// Inventory reports for demo units, as the real channels would send them: OCS for the old Windows XP/7/8.1 PCs, the
/// Vigil agent for Windows 10/11, spreadsheet rows with owners and personal machines, some sheets that still say
/// "Windows 7" for a machine the agent sees on Windows 10 (a conflict), PCs upgraded from 7 to 10 between two OCS
/// inventories and from 10 to 11 between two agent reports (history), machines no source has seen for weeks (stale),
/// and OCS reports whose TAG names no unit.
/// </summary>
internal sealed class DemoComputerGenerator(DateTime nowUtc, Random random, DemoIds ids)
{
    private readonly List<InventoryReport> _reports = [];
    private int _machines;
    private int _unitIndex;
    private string? _previousUnitCode;

    /// <summary>Every report, oldest first, the order in which they are ingested.</summary>
    public List<InventoryReport> Reports => [.. _reports.OrderBy(r => r.ObservedAt)];

    public void AddFor(OrgUnit unit)
    {
        _unitIndex++;
        var count = unit.Kind switch
        {
            UnitKind.Department => random.Next(8, 16),
            UnitKind.Agency => random.Next(6, 16),
            _ => random.Next(3, 11),
        };
        for (var n = 1; n <= count; n++)
        {
            AddMachine(unit, n);
        }

        _previousUnitCode = unit.Code;
    }

    /// <summary>OCS agents still carrying a TAG from before the 2025 reorganisation, or none: they wait unassigned.</summary>
    public void AddUnassigned()
    {
        (string? Tag, string Host, DemoEra Era)[] strays =
        [
            ("UBND-HUYEN-DIENBIEN", "VP-HUYEN-PC02", DemoEra.Windows7),
            ("LS-CAOLOC", "CAOLOC-VP01", DemoEra.Windows10),
            ("PHONG-TCKT", "PC-PHONGTCKT", DemoEra.Windows7),
            ("DB-MUONGANG-THPT", "THPT-MA-PC03", DemoEra.WindowsXp),
            (null, "DESKTOP-7H2K9QF", DemoEra.Windows10),
            ("KETOAN", "KETOAN-PC", DemoEra.Windows7),
        ];
        foreach (var (tag, host, era) in strays)
        {
            var (snapshot, _) = Machine(host, era, $"10.0.{_unitIndex % 200}.{++_machines % 250}", personal: false, office: true, out _);
            var observed = nowUtc.AddHours(-random.Next(1, 24 * 10));
            _reports.Add(new InventoryReport(InventorySource.Ocs, OcsKey(host, observed.AddDays(-90)), observed, ForOcs(snapshot, null), tag));
        }
    }

    private void AddMachine(OrgUnit unit, int number)
    {
        var era = ChooseEra(unit);
        var personal = random.Next(100) < 12;
        var host = string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{(personal ? "CN" : "PC")}{number:00}");
        var office = unit.Kind is UnitKind.Agency or UnitKind.Department;
        var (snapshot, antiMalware) = Machine(host, era, $"192.168.{_unitIndex}.{10 + number}", personal, office, out var cpu);
        if (unit.Kind == UnitKind.Department)
        {
            snapshot = snapshot with { Domain = unit.Code.ToLowerInvariant() + ".local" };
        }

        var roll = random.Next(100);
        var channel = era switch
        {
            _ when era.IsLegacy() => roll < 75 ? "ocs" : "sheet",
            DemoEra.Ubuntu => roll < 50 ? "agent" : "ocs",
            _ => roll < 65 ? "agent" : roll < 90 ? "ocs" : "sheet",
        };

        if (channel == "agent")
        {
            AddAgent(unit, snapshot, era, antiMalware);
        }
        else if (channel == "ocs")
        {
            AddOcs(unit, snapshot, era, antiMalware);
        }

        if (personal || channel == "sheet" || random.Next(100) < 15)
        {
            // A stale sheet still lists the machine as it was before its upgrade: the sources disagree on the OS.
            var outdated = channel != "sheet" && !era.IsLegacy() && era != DemoEra.Ubuntu && random.Next(100) < 30;
            AddSheet(unit, snapshot, outdated ? DemoEra.Windows7 : era, cpu, personal);
        }
    }

    private void AddAgent(OrgUnit unit, InventorySnapshot snapshot, DemoEra era, string? antiMalware)
    {
        var stale = random.Next(100) < 5;
        var observed = stale ? nowUtc.AddDays(-random.Next(31, 90)) : nowUtc.AddMinutes(-random.Next(10, 36 * 60));
        var key = ids.Next().ToString("D");
        var full = ForAgent(snapshot, era, antiMalware, observed);
        if (random.Next(10) == 0)
        {
            // A week earlier the browser was older and the last update not yet installed: history of a live machine.
            var earlier = full with
            {
                Software = [.. full.Software!.Select(s => s.Name == "Google Chrome" ? s with { Version = "129.0.6668.90" } : s)],
                Hotfixes = [.. full.Hotfixes!.Take(Math.Max(0, full.Hotfixes!.Count - 1))],
            };
            _reports.Add(new InventoryReport(InventorySource.Agent, key, observed.AddDays(-7), earlier, UnitId: unit.Id));
        }

        if (era == DemoEra.Windows11 && !stale && UpgradedFromWindows10(snapshot.Hostname!))
        {
            // Upgraded in place three weeks ago: the agent first reported Windows 10, so its remediation is now verified.
            var before = full with { Os = OsOf(DemoEra.Windows10) with { InstalledAt = observed.AddDays(-900).Date } };
            _reports.Add(new InventoryReport(InventorySource.Agent, key, observed.AddDays(-21), before, UnitId: unit.Id));
        }

        _reports.Add(new InventoryReport(InventorySource.Agent, key, observed, full, UnitId: unit.Id));
        if (_previousUnitCode is not null && random.Next(120) == 0)
        {
            // The machine was carried over from the previous unit, whose OCS TAG it still has: a unit conflict.
            _reports.Add(new InventoryReport(InventorySource.Ocs, OcsKey(snapshot.Hostname!, observed.AddDays(-200)), observed.AddHours(-5), ForOcs(snapshot, antiMalware), _previousUnitCode));
        }
    }

    private void AddOcs(OrgUnit unit, InventorySnapshot snapshot, DemoEra era, string? antiMalware)
    {
        var stale = random.Next(100) < 12;
        var observed = stale ? nowUtc.AddDays(-random.Next(35, 120)) : nowUtc.AddMinutes(-random.Next(30, 20 * 24 * 60));
        var key = OcsKey(snapshot.Hostname!, observed.AddDays(-random.Next(200, 900)));
        if (era == DemoEra.Windows10 && !stale && random.Next(4) == 0)
        {
            // Upgraded in place a month ago: the same OCS device first reported Windows 7 on a 2 GB, HDD machine.
            var (before, _) = Machine(snapshot.Hostname!, DemoEra.Windows7, snapshot.NetworkInterfaces![0].IpAddresses[0], false, false, out _);
            before = before with
            {
                SmbiosUuid = snapshot.SmbiosUuid, SerialNumber = snapshot.SerialNumber, Manufacturer = snapshot.Manufacturer, Model = snapshot.Model,
                CpuModel = snapshot.CpuModel, CpuCores = snapshot.CpuCores, NetworkInterfaces = snapshot.NetworkInterfaces, Domain = snapshot.Domain,
                RamMb = 2048,
            };
            _reports.Add(new InventoryReport(InventorySource.Ocs, key, observed.AddDays(-random.Next(30, 40)), ForOcs(before, antiMalware), unit.Code));
        }

        _reports.Add(new InventoryReport(InventorySource.Ocs, key, observed, ForOcs(snapshot, antiMalware), unit.Code));
    }

    private void AddSheet(OrgUnit unit, InventorySnapshot machine, DemoEra said, DemoHardware.Cpu cpu, bool personal)
    {
        var sheetDay = unit.Code.StartsWith("LS", StringComparison.Ordinal) ? nowUtc.AddDays(-40) : nowUtc.AddDays(-18);
        var serial = IdentityKeys.Serial(machine.SerialNumber) is not null && random.Next(2) == 0 ? machine.SerialNumber : null;
        var row = new InventorySnapshot
        {
            Hostname = machine.Hostname,
            SerialNumber = serial,
            Owner = DemoFacts.PersonName(random),
            IsPersonal = personal,
            Os = new OsInfo { Family = said == DemoEra.Ubuntu ? OsFamily.Linux : OsFamily.Windows, Name = SheetOsName(said) },
            CpuModel = cpu.Typed,
            RamMb = machine.RamMb,
        };
        _reports.Add(new InventoryReport(InventorySource.Import, $"sheet:{unit.Code}/{machine.Hostname}", sheetDay.AddMinutes(_machines), row, unit.Code));
    }

    /// <summary>The hardware and software of one machine, as any machine source would see it.</summary>
    private (InventorySnapshot Snapshot, string? AntiMalware) Machine(string host, DemoEra era, string ip, bool personal, bool office, out DemoHardware.Cpu cpu)
    {
        var number = ++_machines;
        cpu = DemoHardware.Pick(random, DemoHardware.CpusFor(era));
        var box = DemoHardware.Pick(random, DemoHardware.BoxesFor(era));
        var antiMalware = era.IsWindows() ? DemoFacts.AntiMalware(era, random) : null;
        var snapshot = new InventorySnapshot
        {
            Hostname = host,
            Domain = "WORKGROUP",
            SmbiosUuid = DemoHardware.Uuid(box, random, ids),
            SerialNumber = DemoHardware.Serial(box, number, random),
            Manufacturer = box.Manufacturer,
            Model = box.Model,
            Os = OsOf(era),
            CpuModel = cpu.Model,
            CpuCores = cpu.Cores,
            RamMb = DemoHardware.Pick(random, DemoHardware.RamFor(era)),
            Disks = DemoHardware.DisksFor(era, random),
            NetworkInterfaces = [new NetworkInterfaceInfo(era == DemoEra.Ubuntu ? "enp2s0" : "Realtek PCIe GBE Family Controller", DemoHardware.Mac(box, number), [ip])],
            Software = DemoSoftware.For(era, random, office, personal, antiMalware),
        };
        return (snapshot, antiMalware);
    }

    private InventorySnapshot ForAgent(InventorySnapshot s, DemoEra era, string? antiMalware, DateTime observed)
    {
        var uefi = era == DemoEra.Windows11 || random.Next(2) == 0;
        return s with
        {
            Owner = random.Next(2) == 0 ? DemoFacts.Login(random) : null,
            Os = s.Os! with { InstalledAt = observed.AddDays(-random.Next(60, 1500)).Date },
            TpmVersion = era == DemoEra.Ubuntu ? null : era == DemoEra.Windows11 ? "2.0" : DemoHardware.Pick(random, "2.0", "1.2", "none"),
            Uefi = uefi,
            SecureBoot = uefi && random.Next(4) > 0,
            Smb1ServerEnabled = era == DemoEra.Ubuntu ? null : era == DemoEra.Windows10 && random.Next(10) == 0,
            SecurityProducts = era == DemoEra.Ubuntu ? [] : DemoFacts.AgentProducts(antiMalware, observed, random),
            Hotfixes = DemoFacts.Hotfixes(era, random),
            ListeningPorts = DemoFacts.Ports(era, random),
        };
    }

    private InventorySnapshot ForOcs(InventorySnapshot s, string? antiMalware) => s with
    {
        Owner = DemoFacts.Login(random),
        SecurityProducts = DemoFacts.OcsProducts(antiMalware, random),
        Hotfixes = DemoFacts.Hotfixes(EraOf(s.Os), random),
    };

    private DemoEra ChooseEra(OrgUnit unit)
    {
        // Schools and clinics run the oldest machines; offices upgraded more often.
        var legacyBias = unit.Kind is UnitKind.School or UnitKind.Clinic ? 14 : 0;
        var roll = random.Next(100);
        return roll switch
        {
            _ when roll < 5 + (legacyBias / 2) => DemoEra.WindowsXp,
            _ when roll < 22 + legacyBias => DemoEra.Windows7,
            _ when roll < 28 + legacyBias => DemoEra.Windows81,
            _ when roll < 72 => DemoEra.Windows10,
            _ when roll < 94 => DemoEra.Windows11,
            _ => DemoEra.Ubuntu,
        };
    }

    private OsInfo OsOf(DemoEra era) => era switch
    {
        DemoEra.WindowsXp => new() { Family = OsFamily.Windows, Name = "Microsoft Windows XP Professional", Version = "5.1.2600", ServicePack = "Service Pack 3", Architecture = "x86" },
        DemoEra.Windows7 => new() { Family = OsFamily.Windows, Name = "Microsoft Windows 7 Professional", Version = "6.1.7601", ServicePack = "Service Pack 1", Architecture = "x64" },
        DemoEra.Windows81 => new() { Family = OsFamily.Windows, Name = "Microsoft Windows 8.1 Pro", Version = "6.3.9600", Architecture = "x64" },
        DemoEra.Windows10 => new() { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Edition = "Professional", Version = "10.0.19045", Build = "19045", Architecture = "x64" },
        DemoEra.Windows11 => random.Next(2) == 0
            ? new() { Family = OsFamily.Windows, Name = "Microsoft Windows 11 Pro", Edition = "Professional", Version = "10.0.22631", Build = "22631", Architecture = "x64" }
            : new() { Family = OsFamily.Windows, Name = "Microsoft Windows 11 Pro", Edition = "Professional", Version = "10.0.26100", Build = "26100", Architecture = "x64" },
        _ => new() { Family = OsFamily.Linux, Name = "Ubuntu 22.04.4 LTS", Version = "22.04", Architecture = "x86_64" },
    };

    private static DemoEra EraOf(OsInfo? os) => OsRelease.Of(os) switch
    {
        "Windows XP" => DemoEra.WindowsXp,
        "Windows 7" => DemoEra.Windows7,
        "Windows 8.1" => DemoEra.Windows81,
        "Windows 10" => DemoEra.Windows10,
        "Windows 11" => DemoEra.Windows11,
        _ => DemoEra.Ubuntu,
    };

    private static string SheetOsName(DemoEra era) => era switch
    {
        DemoEra.WindowsXp => "Windows XP",
        DemoEra.Windows7 => "Windows 7 Professional",
        DemoEra.Windows81 => "Windows 8.1",
        DemoEra.Windows10 => "Windows 10 Pro",
        DemoEra.Windows11 => "Windows 11 Pro",
        _ => "Ubuntu 22.04",
    };

    /// <summary>
    /// One Windows 11 agent machine in three, chosen from its name so that the generator's random sequence, and with it
    /// the rest of the demo, stays as it was.
    /// </summary>
    private static bool UpgradedFromWindows10(string host) => host.Sum(c => c) % 3 == 0;

    /// <summary>OCS names a device by its hostname and the time of its first inventory.</summary>
    private static string OcsKey(string host, DateTime firstInventory) =>
        host + "-" + firstInventory.ToString("yyyy-MM-dd-HH-mm-ss", CultureInfo.InvariantCulture);
}
