using Vigil.Domain.Inventory;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// The Windows updates bulletins name as fixes, per CVE and product line. NVD says which Windows releases are
/// affected but never which KB fixes them (and, before Windows 10, gives no build bounds either), so a Windows 7
/// machine is reported fixed only when a bulletin row for that CVE and "Windows 7" lists an update the machine has.
/// </summary>
public sealed class BulletinFixes
{
    private readonly Dictionary<string, List<(string Release, IReadOnlyList<string> Kbs)>> _byCve = new(StringComparer.OrdinalIgnoreCase);

    public BulletinFixes(IEnumerable<BulletinRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows.Where(r => r.FixKbs.Count > 0))
        {
            var release = OsRelease.Of(new OsInfo { Family = OsFamily.Windows, Name = row.Product });
            if (release is null || !release.StartsWith("Windows", StringComparison.Ordinal))
            {
                continue;
            }

            if (!_byCve.TryGetValue(row.CveId, out var list))
            {
                _byCve[row.CveId] = list = [];
            }

            list.Add((release, row.FixKbs));
        }
    }

    public static BulletinFixes None { get; } = new([]);

    /// <summary>The installed update that fixes <paramref name="cveId"/> on the asset's release, or null.</summary>
    public string? FixFor(string cveId, AssetProfile asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.Release is null || asset.Hotfixes.Count == 0 || !_byCve.TryGetValue(cveId, out var rows))
        {
            return null;
        }

        foreach (var (release, kbs) in rows)
        {
            if (!string.Equals(release, asset.Release, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var kb in kbs)
            {
                if (asset.Hotfixes.Contains(kb))
                {
                    return kb;
                }
            }
        }

        return null;
    }
}
