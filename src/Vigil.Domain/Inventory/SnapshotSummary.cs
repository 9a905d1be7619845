using System.Globalization;

namespace Vigil.Domain.Inventory;

/// <summary>One-line renderings of list facts, used in change history and list views.</summary>
public static class SnapshotSummary
{
    public static string? Disks(IReadOnlyList<DiskInfo>? disks) =>
        disks is null ? null : string.Join(", ", disks.Select(d => (d.Kind switch
        {
            DiskKind.Ssd => "SSD",
            DiskKind.Hdd => "HDD",
            _ => "?",
        }) + (d.SizeGb is { } gb ? " " + gb.ToString(CultureInfo.InvariantCulture) + " GB" : "")));

    public static string? SecurityProducts(IReadOnlyList<SecurityProduct>? products) =>
        products is null ? null : string.Join(", ", products.Select(p => p.Name));

    public static string? Os(OsInfo? os)
    {
        if (os is null)
        {
            return null;
        }

        var parts = new[] { os.Name, os.ServicePack, os.Build is null ? null : "build " + os.Build, os.Architecture };
        return string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>Largest SSD, in GB; the directive's baseline asks for one of at least 120 GB.</summary>
    public static long? LargestSsdGb(IReadOnlyList<DiskInfo>? disks) =>
        disks?.Where(d => d.Kind == DiskKind.Ssd).Max(d => d.SizeGb);

    public static long? TotalDiskGb(IReadOnlyList<DiskInfo>? disks) =>
        disks is null || disks.Count == 0 ? null : disks.Sum(d => d.SizeGb ?? 0);
}
