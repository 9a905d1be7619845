namespace Vigil.Domain.Inventory;

/// <summary>
/// Puts a snapshot in one canonical order so that the same facts always serialise to the same bytes: sources list
/// software and hotfixes in whatever order the OS gives them, and an unchanged re-report must look unchanged.
/// </summary>
public static class SnapshotCanonical
{
    public static InventorySnapshot Of(InventorySnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s with
        {
            Hostname = Trim(s.Hostname),
            SmbiosUuid = Trim(s.SmbiosUuid),
            SerialNumber = Trim(s.SerialNumber),
            CpuModel = CollapseSpaces(s.CpuModel),
            Disks = s.Disks?.OrderBy(d => d.Kind).ThenByDescending(d => d.SizeGb).ThenBy(d => d.Model, StringComparer.Ordinal).ToList(),
            NetworkInterfaces = s.NetworkInterfaces?
                .Select(n => n with { IpAddresses = [.. n.IpAddresses.Order(StringComparer.Ordinal)] })
                .OrderBy(n => n.MacAddress, StringComparer.Ordinal).ThenBy(n => n.Name, StringComparer.Ordinal).ToList(),
            SecurityProducts = s.SecurityProducts?.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToList(),
            Hotfixes = s.Hotfixes?.Select(h => h.Trim().ToUpperInvariant()).Where(h => h.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList(),
            ListeningPorts = s.ListeningPorts?.Distinct().OrderBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.Port).ThenBy(p => p.Address, StringComparer.Ordinal).ToList(),
            Software = s.Software?.Distinct()
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Version, StringComparer.Ordinal).ThenBy(p => p.Publisher, StringComparer.Ordinal).ToList(),
        };
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? CollapseSpaces(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
