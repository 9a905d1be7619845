namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// The catalog indexed by the vendor:product of every vulnerable criterion, so an asset is tested only against CVEs
/// that name one of its products. CVEs whose configurations are all a single OR node ("simple", most of NVD) can be
/// decided one product at a time, which the matcher memoises; the rest (AND with a platform, negation, a pattern in
/// vendor or product) are evaluated whole per asset.
/// </summary>
public sealed class CveIndex
{
    private readonly Dictionary<string, List<Cve>> _simple = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Cve>> _complex = new(StringComparer.Ordinal);
    private readonly List<Cve> _wildcard = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
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

            // A CVE with a pattern in any vulnerable vendor:product is evaluated whole against every asset, once; filing
            // it under its plain keys as well would report it a second time through the per-product path.
            if (keys.Any(k => k.Contains('*', StringComparison.Ordinal)))
            {
                _wildcard.Add(cve);
                _keys.UnionWith(keys.Where(k => !k.Contains('*', StringComparison.Ordinal)));
                continue;
            }

            var target = IsSimple(cve) ? _simple : _complex;
            foreach (var key in keys)
            {
                _keys.Add(key);
                if (!target.TryGetValue(key, out var list))
                {
                    target[key] = list = [];
                }

                list.Add(cve);
            }
        }
    }

    public int Count => _byId.Count;

    public bool HasKey(string vendorProduct) => _keys.Contains(vendorProduct);

    public Cve? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when every configuration is one plain OR node: the CVE applies when one product meets one vulnerable criterion.</summary>
    public static bool IsSimple(Cve cve)
    {
        ArgumentNullException.ThrowIfNull(cve);
        return cve.Configurations.All(c => !c.Negate && c.Nodes.Count == 1 && !c.Nodes[0].Negate
            && (c.Nodes[0].Operator == NvdOperator.Or || c.Nodes[0].Matches.Count == 1));
    }

    /// <summary>The simple CVEs with a vulnerable criterion for <paramref name="vendorProduct"/>.</summary>
    public IReadOnlyList<Cve> SimpleFor(string vendorProduct) => _simple.GetValueOrDefault(vendorProduct) ?? (IReadOnlyList<Cve>)[];

    /// <summary>The CVEs that must be evaluated whole for this asset.</summary>
    public IEnumerable<Cve> ComplexCandidates(AssetProfile asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in asset.Products)
        {
            foreach (var cve in _complex.GetValueOrDefault(product.Cpe.Key) ?? [])
            {
                if (seen.Add(cve.Id))
                {
                    yield return cve;
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
