using K = Vigil.Domain.Inventory.Import.InventoryColumnKeys;

namespace Vigil.Domain.Inventory.Import;

public static partial class InventorySheetParser
{
    /// <summary>Largest RAM accepted, in GB; past this a cell almost surely holds MB or a typo.</summary>
    public const decimal MaxRamGb = 4096;

    /// <summary>Largest disk accepted, in GB (1 PB).</summary>
    public const decimal MaxDiskGb = 1_048_576;

    public const int MaxNotes = 2000;

    private static ComputerSheetRow? ReadComputer(RowCells cells, ParseRun run)
    {
        var before = cells.Errors.Count;
        var unitCode = ReadUnit(cells, run);
        var hostname = ReadHostname(cells, run, InventorySheetKind.Computers, unitCode);

        string? uuid = null;
        if (cells.Text(K.Uuid) is { } rawUuid && !SheetValues.TryParseUuid(rawUuid, out uuid))
        {
            cells.Error(K.Uuid, ImportCodes.UuidInvalid,
                $"'{rawUuid}' không phải UUID: cần dạng 8-4-4-4-12 chữ số hệ 16 (ví dụ 4C4C4544-0042-3510-8057-B4C04F384E32), không phải toàn số 0 hay toàn F.",
                $"'{rawUuid}' is not a UUID: it takes the form 8-4-4-4-12 hex digits (e.g. 4C4C4544-0042-3510-8057-B4C04F384E32) and is not all zeros or all F.");
        }

        IReadOnlyList<string>? macs = null;
        if (cells.Text(K.MacAddresses) is { } rawMacs && !SheetValues.TryParseMacAddresses(rawMacs, out macs, out var badMac))
        {
            cells.Error(K.MacAddresses, ImportCodes.MacInvalid,
                $"'{badMac}' không phải địa chỉ MAC (dạng 00:1A:2B:3C:4D:5E); nhiều địa chỉ thì cách nhau bởi dấu ';'.",
                $"'{badMac}' is not a MAC address (form 00:1A:2B:3C:4D:5E); separate several addresses with ';'.");
            macs = null;
        }

        bool? personal = null;
        if (cells.Text(K.Personal) is { } rawPersonal)
        {
            if (SheetValues.TryParseYesNo(rawPersonal, out var yes))
            {
                personal = yes;
            }
            else
            {
                cells.Error(K.Personal, ImportCodes.YesNoInvalid,
                    $"'{rawPersonal}' không phải Có hoặc Không.",
                    $"'{rawPersonal}' is neither Yes (Có) nor No (Không).");
            }
        }

        string? architecture = null;
        if (cells.Text(K.Architecture) is { } rawArch && !SheetValues.TryParseArchitecture(rawArch, out architecture))
        {
            cells.Error(K.Architecture, ImportCodes.ArchitectureInvalid,
                $"'{rawArch}' không phải kiến trúc x86 (32-bit) hay x64 (64-bit).",
                $"'{rawArch}' is neither x86 (32-bit) nor x64 (64-bit).");
            architecture = null;
        }

        DiskKind? diskKind = null;
        if (cells.Text(K.DiskKind) is { } rawDisk)
        {
            if (SheetValues.TryParseDiskKind(rawDisk, out var kind))
            {
                diskKind = kind;
            }
            else
            {
                cells.Error(K.DiskKind, ImportCodes.DiskKindInvalid,
                    $"'{rawDisk}' không phải SSD hay HDD.",
                    $"'{rawDisk}' is neither SSD nor HDD.");
            }
        }

        CheckUnique(cells, run, InventorySheetKind.Computers, K.Uuid, IdentityKeys.Uuid(uuid), "UUID", "UUID");
        foreach (var mac in macs ?? [])
        {
            CheckUnique(cells, run, InventorySheetKind.Computers, K.MacAddresses, IdentityKeys.Mac(mac), "Địa chỉ MAC", "MAC address");
        }

        var ramGb = ReadGigabytes(cells, K.RamGb, MaxRamGb);
        var diskGb = ReadGigabytes(cells, K.DiskGb, MaxDiskGb);
        var serial = cells.Limited(K.SerialNumber, 100);
        CheckUnique(cells, run, InventorySheetKind.Computers, K.SerialNumber, IdentityKeys.Serial(serial), "Số serial", "serial number");
        var owner = cells.Limited(K.Owner);
        var osName = cells.Limited(K.Os);
        var osVersion = cells.Limited(K.OsVersion, 100);
        var cpu = cells.Limited(K.Cpu);
        var antiMalware = cells.Limited(K.AntiMalware);
        var notes = cells.Limited(K.Notes, MaxNotes);

        if (cells.Errors.Count > before || unitCode is null || hostname is null)
        {
            return null;
        }

        var snapshot = new InventorySnapshot
        {
            Hostname = hostname,
            SerialNumber = serial,
            SmbiosUuid = uuid,
            Owner = owner,
            IsPersonal = personal,
            Os = osName is not null ? SheetValues.OperatingSystem(osName, osVersion, architecture)
                : osVersion is not null || architecture is not null ? new OsInfo { Version = osVersion, Architecture = architecture }
                : null,
            CpuModel = cpu,
            RamMb = ramGb is { } gb ? (long)Math.Round(gb * 1024, MidpointRounding.AwayFromZero) : null,
            Disks = diskKind is not null || diskGb is not null
                ? [new DiskInfo(null, diskKind ?? DiskKind.Unknown, diskGb is { } size ? (long)Math.Round(size, MidpointRounding.AwayFromZero) : null)]
                : null,
            NetworkInterfaces = macs?.Select(m => new NetworkInterfaceInfo(null, m, [])).ToList(),
            SecurityProducts = antiMalware is null ? null
                : SheetValues.MeansNone(antiMalware) ? []
                : [new SecurityProduct { Name = antiMalware, Kind = SecurityProductKind.AntiMalware }],
            Notes = notes,
        };
        return new ComputerSheetRow(cells.At(K.UnitCode), unitCode, SheetValues.ComputerNameKey(hostname), snapshot);
    }
}
