using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// Recognises the accepted products as inventories name them: "Bkav Endpoint", "BkavPro", "Bkav Pro Internet
/// Security", vendor "Bkav". Security Center names are compared letters-and-digits only ("Bkav Pro" = "BkavPro"),
/// a name matching when it contains an accepted name; installed-program names (hundreds per computer) are only
/// checked for starting with one, which is how uninstall entries are named and keeps the scan cheap.
/// </summary>
internal sealed class ProductMatcher
{
    private readonly string[] _names;
    private readonly string[] _vendors;
    private readonly string[] _prefixes;
    private readonly BoundedCache<ProductKey, EvidenceFact?> _products = new(50_000);

    public ProductMatcher(string[] names, string[] vendors)
    {
        _names = Array.ConvertAll(names, Normalise);
        _vendors = Array.ConvertAll(vendors, Normalise);
        _prefixes = Array.FindAll(names, n => n.Length > 0);
    }

    /// <summary>The evidence fact naming the product when it is an accepted one; null otherwise.</summary>
    public EvidenceFact? Match(SecurityProduct product) =>
        _products.GetOrAdd(new ProductKey(product.Name, product.Vendor), this,
            static (key, matcher) => matcher.Compute(key) ? new EvidenceFact("product", key.Name) : null);

    /// <summary>The first installed program whose name starts with an accepted name, or null.</summary>
    public string? InstalledProgram(IReadOnlyList<string> software)
    {
        for (var i = 0; i < software.Count; i++)
        {
            var name = software[i];
            if (name.Length == 0)
            {
                continue;
            }

            // Most names fail on their first letter; only ASCII first letters are compared this way (accepted names start with one).
            var first = name[0] | 0x20;
            foreach (var prefix in _prefixes)
            {
                if ((prefix[0] | 0x20) == first && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private bool Compute(ProductKey key)
    {
        var name = Normalise(key.Name);
        foreach (var accepted in _names)
        {
            if (accepted.Length > 0 && name.Contains(accepted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (key.Vendor is { } vendor)
        {
            var normalised = Normalise(vendor);
            foreach (var accepted in _vendors)
            {
                if (accepted.Length > 0 && string.Equals(normalised, accepted, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Normalise(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private readonly record struct ProductKey(string Name, string? Vendor);
}
