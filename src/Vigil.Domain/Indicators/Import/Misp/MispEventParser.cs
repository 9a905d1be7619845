using System.Text.Json;

namespace Vigil.Domain.Indicators.Import.Misp;

/// <summary>
/// MISP event JSON ({"Event": …}, a REST "response" list, or a bare event): Event.Attribute and Object[].Attribute.
/// Types map through <see cref="MispTypes"/>; composite values ("filename|sha256", "domain|ip") give both parts,
/// "ip-dst|port" the address. to_ids=false gives <see cref="IndicatorImportOptions.NonIdsAction"/>. Tags of the
/// event and the attribute become tags, "tlp:*" the TLP, galaxy clusters (malpedia, ransomware, rat, banker, tool…)
/// the family. Deleted attributes and non-indicator types (link, comment, regkey…) are skipped.
/// </summary>
public static class MispEventParser
{
    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        ReadFile(collector, content, null);
        return collector.Report();
    }

    /// <summary>Reads one event file into <paramref name="collector"/>; <paramref name="manifestTags"/> come from a feed manifest.</summary>
    internal static void ReadFile(ImportCollector collector, ReadOnlySpan<byte> content, IReadOnlyList<string>? manifestTags)
    {
        using var document = JsonImport.Load(collector, content);
        if (document is null)
        {
            return;
        }

        var root = document.RootElement;
        var events = new List<(JsonElement Event, string Path)>();
        if (root.Child("Event") is { ValueKind: JsonValueKind.Object } single)
        {
            events.Add((single, "$.Event"));
        }
        else if (root.Child("response") is { ValueKind: JsonValueKind.Array } response)
        {
            events.AddRange(response.EnumerateArray().Select((e, i) => (e.Child("Event") ?? e, JsonImport.Index("$.response", i) + ".Event")));
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            events.AddRange(root.EnumerateArray().Select((e, i) => (e.Child("Event") ?? e, JsonImport.Index("$", i) + ".Event")));
        }
        else if (root.Child("Attribute") is not null || root.Child("Object") is not null)
        {
            events.Add((root, "$"));
        }

        if (events.Count == 0)
        {
            collector.Reject(collector.At(path: "$"), ImportCodes.Malformed, "Not a MISP event: no \"Event\", \"Attribute\" or \"Object\".");
            return;
        }

        foreach (var (item, path) in events)
        {
            ReadEvent(collector, item, path, manifestTags ?? []);
        }
    }

    private static void ReadEvent(ImportCollector collector, JsonElement item, string path, IReadOnlyList<string> manifestTags)
    {
        var eventTags = TagNames(item).Concat(item.Items("EventTag").Select(t => t.Child("Tag")?.Text("name"))).Concat(manifestTags)
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        var context = new MispContext(
            ImportFields.Date(item.Text("date")),
            item.Child("Orgc")?.Text("name"),
            string.IsNullOrWhiteSpace(item.Text("info")) ? null : item.Text("info")!.Trim(),
            eventTags);

        var attributes = item.Items("Attribute").ToList();
        for (var i = 0; i < attributes.Count && !collector.Full; i++)
        {
            ReadAttribute(collector, attributes[i], JsonImport.Index(path + ".Attribute", i), context);
        }

        var objects = item.Items("Object").ToList();
        for (var o = 0; o < objects.Count && !collector.Full; o++)
        {
            var objectAttributes = objects[o].Items("Attribute").ToList();
            for (var i = 0; i < objectAttributes.Count && !collector.Full; i++)
            {
                ReadAttribute(collector, objectAttributes[i], JsonImport.Index(JsonImport.Index(path + ".Object", o) + ".Attribute", i), context);
            }
        }
    }

    private static void ReadAttribute(ImportCollector collector, JsonElement attribute, string path, MispContext context)
    {
        var location = collector.At(path: path);
        var type = attribute.Text("type");
        var value = attribute.Text("value");
        if (attribute.Flag("deleted", false))
        {
            collector.Skip(location, ImportCodes.NotApplicable, "deleted attribute", value);
            return;
        }

        if (string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(value))
        {
            collector.Reject(location, ImportCodes.Malformed, "The attribute has no type or no value.", value);
            return;
        }

        var parts = MispTypes.Map(type, out var known);
        if (parts is null)
        {
            if (known)
            {
                collector.Skip(location, ImportCodes.NotApplicable, $"MISP type {type} is not an indicator Vigil enforces", value);
            }
            else
            {
                collector.Reject(location, ImportCodes.Unsupported, $"Unknown MISP attribute type \"{IndicatorValues.Shorten(type)}\".", value);
            }

            return;
        }

        var values = parts.Count == 1 ? [value] : value.Split('|');
        if (values.Length != parts.Count)
        {
            collector.Reject(location, ImportCodes.InvalidValue, $"A {type} value has {parts.Count} parts separated by '|'.", value);
            return;
        }

        var tags = TagNames(attribute).ToList();
        var allTags = context.Tags.Concat(tags).ToList();
        var tlp = allTags.Select(t => TlpLabels.TryParse(t, out var x) && t.StartsWith("tlp:", StringComparison.OrdinalIgnoreCase) ? x : (Tlp?)null).Where(t => t is not null).Max();
        var family = tags.Select(MispTypes.FamilyFromTag).FirstOrDefault(f => f is not null) ?? context.Tags.Select(MispTypes.FamilyFromTag).FirstOrDefault(f => f is not null);
        var toIds = attribute.Flag("to_ids", true);
        Indicator Enrich(Indicator indicator) => indicator with
        {
            Sources = context.Organisation is null ? indicator.Sources : Indicator.CleanList(indicator.Sources.Append("MISP " + context.Organisation)),
            Tags = Indicator.CleanList(indicator.Tags.Concat(allTags.Where(t => !t.StartsWith("tlp:", StringComparison.OrdinalIgnoreCase)))),
            Tlp = tlp ?? indicator.Tlp,
            Family = family ?? indicator.Family,
            FirstSeen = ImportFields.Date(attribute.Text("first_seen")) ?? context.Date ?? indicator.FirstSeen,
            LastSeen = ImportFields.Date(attribute.Text("last_seen")) ?? indicator.LastSeen,
            Description = string.IsNullOrWhiteSpace(attribute.Text("comment")) ? context.Info ?? indicator.Description : attribute.Text("comment")!.Trim(),
            Action = toIds ? indicator.Action : collector.Options.NonIdsAction,
        };

        for (var k = 0; k < parts.Count; k++)
        {
            if (parts[k] is not { } partType)
            {
                continue;
            }

            var partLocation = parts.Count > 1 ? collector.At(path: $"{path}.value[{k}]") : location;
            var parsed = ImportFields.ParseAs(partType, values[k]);
            if (parts.Count > 1 && parts.Contains(null))
            {
                parsed = parsed.WithNote($"{type}: the port is not part of the indicator");
            }

            collector.Add(partLocation, values[k], parsed, Enrich);
        }
    }

    private static IEnumerable<string> TagNames(JsonElement element) =>
        element.Items("Tag").Select(t => t.Text("name")).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim());

    private sealed record MispContext(DateTimeOffset? Date, string? Organisation, string? Info, IReadOnlyList<string> Tags);
}
