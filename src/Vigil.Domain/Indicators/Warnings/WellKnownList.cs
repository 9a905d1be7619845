using Vigil.Domain.Common;
using Vigil.Domain.Devices;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Indicators.Warnings;

/// <summary>
/// The data of the service warninglist: well-known service domains and addresses and public suffixes
/// (Indicators/Warnings/Data/well-known.yaml embedded; a site file of the same shape replaces it).
/// </summary>
public sealed class WellKnownList
{
    private static readonly Lazy<WellKnownList> s_default = new(() =>
    {
        using var stream = typeof(WellKnownList).Assembly.GetManifestResourceStream("Vigil.Domain.Indicators.Warnings.Data.well-known.yaml")
            ?? throw new InvalidOperationException("The embedded warninglist well-known.yaml is missing.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), "well-known.yaml");
        return result.IsSuccess ? result.Value! : throw new InvalidOperationException("The embedded warninglist is invalid: " + result.Error!.Message);
    });

    private WellKnownList(IReadOnlyDictionary<string, string> domains, IReadOnlyList<(IpNetwork Network, string Text, string Service)> addresses, IReadOnlySet<string> publicSuffixes)
    {
        Domains = domains;
        Addresses = addresses;
        PublicSuffixes = publicSuffixes;
    }

    public static WellKnownList Default => s_default.Value;

    /// <summary>Domain → service name; subdomains are covered too.</summary>
    public IReadOnlyDictionary<string, string> Domains { get; }

    internal IReadOnlyList<(IpNetwork Network, string Text, string Service)> Addresses { get; }

    public IReadOnlySet<string> PublicSuffixes { get; }

    /// <summary>Reads the list; an error names the file, line and problem.</summary>
    public static Result<WellKnownList> Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var (list, line, problem) = YamlListFile.Load(yaml, "a warninglist is one list of entries with domain, address or public_suffix");
        if (list is null)
        {
            return Error.Validation("warninglist.invalid", problem!, $"{fileName}:{line}");
        }

        var domains = new Dictionary<string, string>(StringComparer.Ordinal);
        var addresses = new List<(IpNetwork, string, string)>();
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var at = $"{fileName}:{node.Start.Line}";
            if (node is not YamlMappingNode map)
            {
                return Error.Validation("warninglist.invalid", "each entry is a map with domain, address or public_suffix and service", at);
            }

            string? Value(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value?.Trim() : null;
            var service = Value("service") ?? "";
            if (Value("domain") is { Length: > 0 } domain)
            {
                var parsed = IndicatorValues.Normalize(IndicatorType.Domain, domain);
                if (!parsed.IsValid || service.Length == 0)
                {
                    return Error.Validation("warninglist.invalid", $"'{domain}' needs a valid domain and a service", at);
                }

                domains[parsed.Value!.Value] = service;
            }
            else if (Value("address") is { Length: > 0 } address)
            {
                if (IpNetwork.Parse(address) is not { } network || service.Length == 0)
                {
                    return Error.Validation("warninglist.invalid", $"'{address}' needs a valid address or network and a service", at);
                }

                addresses.Add((network, address, service));
            }
            else if (Value("public_suffix") is { Length: > 0 } suffix)
            {
                suffixes.Add(suffix.ToLowerInvariant().Trim('.'));
            }
            else
            {
                return Error.Validation("warninglist.invalid", "an entry needs domain, address or public_suffix", at);
            }
        }

        return new WellKnownList(domains, addresses, suffixes);
    }
}
