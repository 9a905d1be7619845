namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// The catalog indexed by the vendor:product of every criterion, so an asset is tested only against CVEs that name
/// one of its products (a fleet × catalog match touches a few thousand CVEs per asset, not the whole catalog).
/// Criteria whose vendor or product is a pattern go to a list every asset is tested against.
/// </summary>
public sealed class CveIndex
{
    private readonly Dictionary<string, List<Cve>> _byKey = new(StringComparer.Ordinal);
    private readonly List<Cve> _wildcard = [];
    private readonly Dictionary<string, Cve> _byId = new(StringComparer.OrdinalIgnoreCase);

    public CveIndex(IEnumerable<Cve> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var cve in catalog)
        {
            _byId[cve.Id] = cve;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var criterion in cve.Configurations.SelectMany(c => c.Nodes).SelectMany(n => n.Matches).Where(m => m.Vulnerable))
            {
                keys.Add(criterion.Criteria.Key);
            }

            foreach (var key in keys)
            {
                if (key.Contains('*', StringComparison.Ordinal))
                {
                    _wildcard.Add(cve);
                    continue;
                }

                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add(cve);
            }
        }
    }

    public int Count => _byId.Count;

    public bool HasKey(string vendorProduct) => _byKey.ContainsKey(vendorProduct);

    public Cve? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The CVEs that have a vulnerable criterion naming one of the asset's products.</summary>
    public IEnumerable<Cve> Candidates(AssetProfile asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in asset.Products)
        {
            if (_byKey.TryGetValue(product.Cpe.Key, out var list))
            {
                foreach (var cve in list)
                {
                    if (seen.Add(cve.Id))
                    {
                        yield return cve;
                    }
                }
            }
        }

        foreach (var cve in _wildcard)
        {
            if (seen.Add(cve.Id))
            {
                yield return cve;
            }
        }
    }
}
