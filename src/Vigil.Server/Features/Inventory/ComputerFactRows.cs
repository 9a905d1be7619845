using System.Globalization;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>The resolved facts of a computer as rows: value in one line, the source it came from, and its age.</summary>
internal static class ComputerFactRows
{
    /// <summary>Lists name how many items they hold; the sources' own sections show the items.</summary>
    public static List<ComputerFactDto> Of(Computer computer, ResolvedComputer? resolved, List<SourceSnapshot> snapshots, IReadOnlyDictionary<string, InventorySource> pins)
    {
        if (resolved is null)
        {
            // A record no source has reported (from before per-source snapshots): its columns are all there is.
            return
            [
                new("hostname", computer.Hostname, null, null, false),
                new("owner", computer.Owner, Manual(snapshots, s => s.Owner), null, false),
                new("personal", Text(computer.IsPersonal), Manual(snapshots, s => s.IsPersonal), null, false),
                new("os", computer.OsName ?? computer.OsRelease, null, null, false),
                new("cpu", computer.CpuModel, null, null, false),
                new("ram_mb", Text(computer.RamMb), null, null, false),
            ];
        }

        var f = resolved.Facts;
        ComputerFactDto Row(string field, string? value)
        {
            if (value is null || !resolved.FactSources.TryGetValue(field, out var source))
            {
                return new(field, value, null, null, pins.ContainsKey(field));
            }

            var observed = snapshots.Where(s => s.Source == source).Max(s => s.ObservedAt);
            return new(field, value, InventoryIngestService.Label(source), observed, pins.ContainsKey(field));
        }

        return
        [
            Row("hostname", f.Hostname),
            Row("domain", f.Domain),
            Row("uuid", f.SmbiosUuid),
            Row("serial", f.SerialNumber),
            Row("manufacturer", f.Manufacturer),
            Row("model", f.Model),
            Row("owner", f.Owner),
            Row("personal", Text(f.IsPersonal)),
            Row("os", SnapshotSummary.Os(f.Os)),
            Row("cpu", f.CpuModel),
            Row("cpu_cores", Text(f.CpuCores)),
            Row("ram_mb", Text(f.RamMb)),
            Row("disks", SnapshotSummary.Disks(f.Disks)),
            Row("tpm", f.TpmVersion),
            Row("uefi", Text(f.Uefi)),
            Row("secure_boot", Text(f.SecureBoot)),
            Row("smb1", Text(f.Smb1ServerEnabled)),
            Row("network", f.NetworkInterfaces is null ? null : string.Join(", ", f.NetworkInterfaces.SelectMany(n => n.IpAddresses).Where(ip => ip.Contains('.', StringComparison.Ordinal)))),
            Row("security_products", SnapshotSummary.SecurityProducts(f.SecurityProducts)),
            Row("hotfixes", Count(f.Hotfixes)),
            Row("ports", f.ListeningPorts is null ? null : string.Join(", ", f.ListeningPorts.Select(p => p.Port).Distinct().Order().Select(p => p.ToString(CultureInfo.InvariantCulture)))),
            Row("software", Count(f.Software)),
        ];
    }

    private static string? Manual<T>(List<SourceSnapshot> snapshots, Func<InventorySnapshot, T?> get) =>
        snapshots.Exists(s => s.Source == InventorySource.Manual && get(s.Snapshot) is not null) ? "manual" : null;

    private static string? Count<T>(IReadOnlyList<T>? items) => items?.Count.ToString(CultureInfo.InvariantCulture);

    private static string? Text(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
