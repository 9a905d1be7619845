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
            Software = s.Software is null ? null : Software(s.Software),
        };
    }

    /// <summary>
    /// The distinct entries (first occurrence kept) by name ignoring case, then version and publisher, ties in their
    /// first-seen order: the order the stored snapshot hashes were made with. One sort on a single comparison, and
    /// duplicates dropped among equal neighbours, instead of a hash set and a three-key ordering: 42 against 104 µs for
    /// the 300 entries of a typical report, which every report pays (docs/performance.md).
    /// </summary>
    public static List<SoftwareItem> Software(IReadOnlyList<SoftwareItem> software)
    {
        ArgumentNullException.ThrowIfNull(software);
        var order = new int[software.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (software[a], software[b]);
            var c = StringComparer.OrdinalIgnoreCase.Compare(x.Name, y.Name);
            c = c != 0 ? c : string.CompareOrdinal(x.Version, y.Version);
            c = c != 0 ? c : string.CompareOrdinal(x.Publisher, y.Publisher);
            return c != 0 ? c : a.CompareTo(b);
        });

        // Equal entries sort next to each other unless entries differing only in the case of their name lie between,
        // so each is checked against the run of entries that compare equal to it, earliest first.
        var result = new List<SoftwareItem>(order.Length);
        var runStart = 0;
        foreach (var index in order)
        {
            var item = software[index];
            if (result.Count > runStart && !SameKeys(result[runStart], item))
            {
                runStart = result.Count;
            }

            if (!InRun(result, runStart, item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static bool InRun(List<SoftwareItem> result, int runStart, SoftwareItem item)
    {
        for (var i = runStart; i < result.Count; i++)
        {
            if (result[i] == item)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameKeys(SoftwareItem x, SoftwareItem y) =>
        StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name) && string.Equals(x.Version, y.Version, StringComparison.Ordinal) &&
        string.Equals(x.Publisher, y.Publisher, StringComparison.Ordinal);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? CollapseSpaces(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
