namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// Puts CISA's KEV entries on the CVEs they name. The KEV catalog wins over the copy NVD carries in its records: it
/// is the source, it is newer, and only it says whether ransomware campaigns used the vulnerability.
/// </summary>
public static class KevJoin
{
    public static IReadOnlyList<Cve> Apply(IEnumerable<Cve> cves, IEnumerable<KevEntry> kev)
    {
        ArgumentNullException.ThrowIfNull(cves);
        ArgumentNullException.ThrowIfNull(kev);
        var byId = new Dictionary<string, KevEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in kev)
        {
            byId[entry.CveId] = entry;
        }

        return cves.Select(c => byId.TryGetValue(c.Id, out var entry) ? c with { Kev = entry } : c).ToList();
    }
}
