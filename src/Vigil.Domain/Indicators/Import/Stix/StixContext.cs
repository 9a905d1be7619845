using System.Text.Json;

namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>What the non-indicator objects of a bundle say about its indicators: malware and campaign names, TLP markings.</summary>
internal sealed class StixContext
{
    private readonly Dictionary<string, (string Type, string Name)> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _indicates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tlp> _tlp;

    private StixContext(Dictionary<string, Tlp> tlp) => _tlp = tlp;

    public static StixContext Build(IEnumerable<JsonElement> objects, IReadOnlyDictionary<string, Tlp> predefined)
    {
        var context = new StixContext(new Dictionary<string, Tlp>(predefined, StringComparer.Ordinal));
        foreach (var item in objects)
        {
            var id = item.Text("id");
            var type = item.Text("type");
            if (id is null || type is null)
            {
                continue;
            }

            switch (type)
            {
                case "malware" or "campaign" or "intrusion-set" or "threat-actor" when item.Text("name") is { } name:
                    context._named[id] = (type, name.Trim());
                    break;
                case "relationship" when item.Text("relationship_type") == "indicates" && item.Text("source_ref") is { } source && item.Text("target_ref") is { } target:
                    if (!context._indicates.TryGetValue(source, out var targets))
                    {
                        context._indicates[source] = targets = [];
                    }

                    targets.Add(target);
                    break;
                case "marking-definition":
                    var label = item.Child("definition") is { } definition ? definition.Text("tlp") : null;
                    if (TlpLabels.TryParse(label ?? item.Text("name"), out var tlp))
                    {
                        context._tlp[id] = tlp;
                    }

                    break;
            }
        }

        return context;
    }

    /// <summary>The family (first malware indicated, else first campaign or intrusion set) and the campaign names.</summary>
    public (string? Family, IReadOnlyList<string> Campaigns) Attribution(string indicatorId)
    {
        if (!_indicates.TryGetValue(indicatorId, out var targets))
        {
            return (null, []);
        }

        var named = targets.Where(_named.ContainsKey).Select(t => _named[t]).ToList();
        var campaigns = named.Where(n => n.Type == "campaign").Select(n => n.Name).ToList();
        var family = named.FirstOrDefault(n => n.Type == "malware").Name ?? named.FirstOrDefault().Name;
        return (family, campaigns);
    }

    public Tlp? TlpOf(string markingId) => _tlp.TryGetValue(markingId, out var tlp) ? tlp : null;
}
