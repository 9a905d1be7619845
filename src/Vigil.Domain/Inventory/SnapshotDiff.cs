using System.Globalization;

namespace Vigil.Domain.Inventory;

/// <summary>
/// What changed between two reports from the same source, as history rows a person can read: "OS: Windows 7
/// Professional → Windows 10 Pro" is the evidence a remediation needs. Lists report what was added and removed.
/// </summary>
public static class SnapshotDiff
{
    /// <summary>How many added or removed list items are named before the rest is counted.</summary>
    public const int ListedItems = 20;

    public static List<FieldChange> Compare(InventorySnapshot before, InventorySnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        Scalar(changes, "hostname", before.Hostname, after.Hostname);
        Scalar(changes, "domain", before.Domain, after.Domain);
        Scalar(changes, "uuid", before.SmbiosUuid, after.SmbiosUuid);
        Scalar(changes, "serial", before.SerialNumber, after.SerialNumber);
        Scalar(changes, "owner", before.Owner, after.Owner);
        Scalar(changes, "personal", Text(before.IsPersonal), Text(after.IsPersonal));
        Scalar(changes, "os", SnapshotSummary.Os(before.Os), SnapshotSummary.Os(after.Os));
        Scalar(changes, "cpu", before.CpuModel, after.CpuModel);
        Scalar(changes, "ram_mb", Text(before.RamMb), Text(after.RamMb));
        Scalar(changes, "disks", SnapshotSummary.Disks(before.Disks), SnapshotSummary.Disks(after.Disks));
        Scalar(changes, "tpm", before.TpmVersion, after.TpmVersion);
        Scalar(changes, "uefi", Text(before.Uefi), Text(after.Uefi));
        Scalar(changes, "secure_boot", Text(before.SecureBoot), Text(after.SecureBoot));
        Scalar(changes, "smb1", Text(before.Smb1ServerEnabled), Text(after.Smb1ServerEnabled));
        Scalar(changes, "security_products", SnapshotSummary.SecurityProducts(before.SecurityProducts), SnapshotSummary.SecurityProducts(after.SecurityProducts));
        Set(changes, "hotfixes", before.Hotfixes, after.Hotfixes, h => h);
        Set(changes, "software", before.Software, after.Software, s => s.Version is null ? s.Name : s.Name + " " + s.Version);
        Set(changes, "ports", before.ListeningPorts, after.ListeningPorts, p => p.Protocol + "/" + p.Port.ToString(CultureInfo.InvariantCulture));
        return changes;
    }

    private static void Scalar(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }

    // A list that one side did not report at all is not a change of its items.
    private static void Set<T>(List<FieldChange> changes, string field, IReadOnlyList<T>? before, IReadOnlyList<T>? after, Func<T, string> name)
    {
        if (before is null || after is null)
        {
            if (before is null != after is null)
            {
                changes.Add(new FieldChange(field, before is null ? null : Count(before.Count), after is null ? null : Count(after.Count)));
            }

            return;
        }

        var old = before.Select(name).ToHashSet(StringComparer.Ordinal);
        var current = after.Select(name).ToHashSet(StringComparer.Ordinal);
        var removed = old.Where(x => !current.Contains(x)).Order(StringComparer.Ordinal).ToList();
        var added = current.Where(x => !old.Contains(x)).Order(StringComparer.Ordinal).ToList();
        if (removed.Count > 0 || added.Count > 0)
        {
            changes.Add(new FieldChange(field, Listing(removed), Listing(added)));
        }
    }

    private static string? Listing(List<string> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var shown = string.Join(", ", items.Take(ListedItems));
        return items.Count > ListedItems ? shown + string.Create(CultureInfo.InvariantCulture, $" (+{items.Count - ListedItems})") : shown;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + " items";

    private static string? Text(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
