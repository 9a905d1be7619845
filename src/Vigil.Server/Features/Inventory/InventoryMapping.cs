using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>Computers, snapshots, conflicts and changes as the API and pages show them.</summary>
internal static class InventoryMapping
{
    /// <summary>
    /// "Unsupported" is the release line's, as the list filter judges it in SQL, so a row and the filter agree; the
    /// compliance rules judge each computer by its exact edition and build.
    /// </summary>
    public static ComputerSummaryDto ToSummary(this Computer c, InventoryUnits.Info unit, DateTime staleBefore, DateOnly today, OsLifecycleCatalog lifecycle) =>
        new(c.Id, c.UnitId, unit.Code, unit.Name, c.Hostname, c.OsFamily.ToString(), c.OsRelease, c.OsName, c.CpuModel, c.RamMb,
            c.DiskSummary, c.LargestSsdGb, c.Owner, c.IsPersonal, SourcesOf(c.Source), c.ObservedAt, c.ObservedAt < staleBefore,
            lifecycle.IsReleaseUnsupported(c.OsRelease, today), c.OpenConflicts);

    public static IReadOnlyList<string> SourcesOf(string? column) =>
        [.. (column ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static ComputerSnapshotDto ToDto(this InventorySnapshot s) => new()
    {
        Hostname = s.Hostname,
        Domain = s.Domain,
        SmbiosUuid = s.SmbiosUuid,
        SerialNumber = s.SerialNumber,
        Manufacturer = s.Manufacturer,
        Model = s.Model,
        Owner = s.Owner,
        IsPersonal = s.IsPersonal,
        OsFamily = s.Os?.Family.ToString(),
        OsName = s.Os?.Name,
        OsVersion = s.Os?.Version,
        OsBuild = s.Os?.Build,
        OsServicePack = s.Os?.ServicePack,
        OsArchitecture = s.Os?.Architecture,
        CpuModel = s.CpuModel,
        CpuCores = s.CpuCores,
        RamMb = s.RamMb,
        TpmVersion = s.TpmVersion,
        Uefi = s.Uefi,
        SecureBoot = s.SecureBoot,
        Smb1ServerEnabled = s.Smb1ServerEnabled,
        Disks = s.Disks?.Select(d => new ComputerDiskDto(d.Model, d.Kind.ToString(), d.SizeGb)).ToList(),
        NetworkInterfaces = s.NetworkInterfaces?.Select(n => new ComputerNetworkInterfaceDto(n.Name, n.MacAddress, n.IpAddresses)).ToList(),
        SecurityProducts = s.SecurityProducts?.Select(p => new ComputerSecurityProductDto(
            p.Name, p.Vendor, p.Kind.ToString(), p.Version, p.Enabled, p.RealTimeProtection, p.SignaturesUpToDate, p.SignatureVersion, p.SignatureDate, p.LastScanAt)).ToList(),
        Hotfixes = s.Hotfixes,
        ListeningPorts = s.ListeningPorts?.Select(p => new ComputerPortDto(p.Protocol, p.Address, p.Port, p.Process)).ToList(),
        Software = s.Software?.Select(p => new ComputerSoftwareDto(p.Name, p.Version, p.Publisher)).ToList(),
    };

    public static ComputerConflictDto ToDto(this ComputerConflict c)
    {
        var values = ConflictValues.Parse(c.Values);
        IReadOnlyList<string> choices = c.Field == UnitClaim.Field
            ? [.. values.Take(1).Select(v => v.Source), UnitClaim.KeepLabel]
            : [.. values.Select(v => v.Source).Distinct(StringComparer.Ordinal)];
        return new ComputerConflictDto(
            c.Id, c.Field, values.ConvertAll(v => new ConflictValueDto(v.Source, v.SourceKey, v.Value)), c.OpenedAt, c.ResolvedAt, c.ResolvedBy,
            c.ChosenSource is { } chosen ? InventoryIngestService.Label(chosen) : null, c.ResolvedAt is null ? choices : []);
    }

    public static ComputerChangeDto ToDto(this ComputerChange c) =>
        new(c.Id, c.ObservedAt, InventoryIngestService.Label(c.Source), c.Field, c.OldValue, c.NewValue, c.Actor);

    public static UnassignedReportDto ToDto(this UnassignedReport r) =>
        new(r.Id, InventoryIngestService.Label(r.Source), r.SourceKey, r.UnitHint, r.Hostname, r.OsName, r.FirstSeenAt, r.ObservedAt, r.Reports);
}
