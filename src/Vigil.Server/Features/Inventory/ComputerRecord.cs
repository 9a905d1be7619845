using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Server.Features.Inventory;

/// <summary>Copies resolved facts into the computer's filterable columns.</summary>
internal static class ComputerRecord
{
    public static void Apply(Computer computer, ResolvedComputer resolved, IEnumerable<InventorySource> sources)
    {
        var f = resolved.Facts;
        computer.Hostname = f.Hostname ?? computer.Hostname;
        computer.Domain = f.Domain;
        computer.SmbiosUuid = f.SmbiosUuid;
        computer.SerialNumber = f.SerialNumber;
        computer.MacAddresses = f.NetworkInterfaces is null ? null
            : string.Join(',', f.NetworkInterfaces.Select(n => IdentityKeys.Mac(n.MacAddress)).OfType<string>().Distinct());
        computer.Manufacturer = f.Manufacturer;
        computer.Model = f.Model;
        computer.Owner = f.Owner;
        computer.IsPersonal = f.IsPersonal ?? false;
        computer.OsFamily = f.Os?.Family ?? OsFamily.Unknown;
        computer.OsRelease = OsRelease.Of(f.Os);
        computer.OsName = f.Os?.Name;
        computer.OsVersion = f.Os?.Version;
        computer.OsEdition = f.Os?.Edition;
        computer.OsBuild = f.Os?.Build;
        computer.OsServicePack = f.Os?.ServicePack;
        computer.OsArchitecture = f.Os?.Architecture;
        computer.OsInstalledAt = f.Os?.InstalledAt;
        computer.CpuModel = f.CpuModel;
        var cpu = CpuModelParser.Parse(f.CpuModel);
        computer.CpuVendor = cpu.Vendor == CpuVendor.Unknown ? null : cpu.Vendor.ToString();
        computer.CpuBrand = cpu.Brand;
        computer.CpuGeneration = cpu.Generation;
        computer.CpuCores = f.CpuCores;
        computer.RamMb = f.RamMb is { } ram ? (int)Math.Min(ram, int.MaxValue) : null;
        computer.DiskSummary = SnapshotSummary.Disks(f.Disks);
        computer.LargestSsdGb = SnapshotSummary.LargestSsdGb(f.Disks);
        computer.TotalDiskGb = SnapshotSummary.TotalDiskGb(f.Disks);
        computer.TpmVersion = f.TpmVersion;
        computer.Uefi = f.Uefi;
        computer.SecureBoot = f.SecureBoot;
        computer.Smb1Enabled = f.Smb1ServerEnabled;
        computer.SecurityProducts = SnapshotSummary.SecurityProducts(f.SecurityProducts);
        computer.Hotfixes = Storage.ComputerFactColumns.FormatHotfixes(f.Hotfixes);
        computer.SecurityProductsJson = Storage.ComputerFactColumns.FormatSecurityProducts(f.SecurityProducts);
        computer.InstalledSoftware = Storage.ComputerFactColumns.FormatSoftware(f.Software);
        computer.Source = string.Join(',', sources.Distinct().Order().Select(InventoryIngestService.Label));
        computer.ObservedAt = resolved.LastObservedAt > computer.ObservedAt ? resolved.LastObservedAt : computer.ObservedAt;
    }
}
