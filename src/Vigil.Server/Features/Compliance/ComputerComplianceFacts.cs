using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// The engine's input read from the computer row alone. Both the evaluation after a report and the full
/// re-evaluation read it this way, so they cannot disagree; the resolver keeps the row's columns (hotfixes and
/// security products included) equal to the resolved facts.
/// </summary>
internal static class ComputerComplianceFacts
{
    public static ComplianceFacts From(Computer c) => new()
    {
        ComputerId = c.Id,
        OsFamily = c.OsFamily,
        OsName = c.OsName,
        OsRelease = c.OsRelease,
        OsEdition = c.OsEdition,
        OsVersion = c.OsVersion,
        OsBuild = c.OsBuild,
        OsArchitecture = c.OsArchitecture,
        CpuModel = c.CpuModel,
        RamMb = c.RamMb,
        LargestSsdGb = c.LargestSsdGb,
        TotalDiskGb = c.TotalDiskGb,
        TpmVersion = c.TpmVersion,
        Uefi = c.Uefi,
        SecureBoot = c.SecureBoot,
        Smb1Enabled = c.Smb1Enabled,
        IsPersonal = c.IsPersonal,
        Hotfixes = ComputerFactColumns.ParseHotfixes(c.Hotfixes),
        SecurityProducts = ComputerFactColumns.ParseSecurityProducts(c.SecurityProductsJson),
        InstalledSoftware = ComputerFactColumns.ParseSoftware(c.InstalledSoftware),
        ObservedAt = c.ObservedAt,
        EsuUntil = c.EsuUntil,
    };
}
