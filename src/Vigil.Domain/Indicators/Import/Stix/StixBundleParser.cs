using System.Text.Json;

namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>
/// STIX 2.1 (and 2.0) bundles: every indicator object with pattern_type "stix" gives the values its pattern names
/// (see <see cref="StixPattern"/>). valid_from → first seen, valid_until → expiry, labels and indicator_types → tags,
/// confidence, TLP marking refs → TLP, name/description → description; the malware an "indicates" relationship points
/// to → family (a campaign → "campaign:NAME" tag, and the family when there is no malware). Other objects are skipped.
/// </summary>
public static class StixBundleParser
{
    /// <summary>The TLP 1.0 marking definitions predefined by STIX 2.x.</summary>
    private static readonly Dictionary<string, Tlp> PredefinedTlp = new(StringComparer.Ordinal)
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = Tlp.Clear,
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = Tlp.Green,
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = Tlp.Amber,
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = Tlp.Red,
    };

    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        using var document = JsonImport.Load(collector, content);
        if (document is not null)
        {
            Read(collector, document.RootElement);
        }

        return collector.Report();
    }

    private static void Read(ImportCollector collector, JsonElement root)
    {
        var (objects, basePath) = root.ValueKind switch
        {
            JsonValueKind.Object when root.Child("objects") is { ValueKind: JsonValueKind.Array } list => (list.EnumerateArray().ToList(), "$.objects"),
            JsonValueKind.Object when root.Text("type") is not null and not "bundle" => ([root], "$"),
            JsonValueKind.Array => (root.EnumerateArray().ToList(), "$"),
            _ => ((List<JsonElement>?)null, ""),
        };
        if (objects is null)
        {
            collector.Reject(collector.At(path: "$"), ImportCodes.Malformed, "Not a STIX bundle: no \"objects\" array.");
            return;
        }

        var context = StixContext.Build(objects, PredefinedTlp);
        for (var i = 0; i < objects.Count && !collector.Full; i++)
        {
            var path = basePath == "$" && objects.Count == 1 && root.ValueKind == JsonValueKind.Object ? "$" : JsonImport.Index(basePath, i);
            var item = objects[i];
            var type = item.Text("type");
            if (type != "indicator")
            {
                collector.Skip(collector.At(path: path), ImportCodes.NotApplicable, $"STIX {type ?? "object without type"}, not an indicator");
                continue;
            }

            ReadIndicator(collector, item, path, context);
        }
    }

    private static void ReadIndicator(ImportCollector collector, JsonElement item, string path, StixContext context)
    {
        if (item.Flag("revoked", false))
        {
            collector.Skip(collector.At(path: path), ImportCodes.NotApplicable, "revoked indicator");
            return;
        }

        var patternType = item.Text("pattern_type") ?? "stix";
        var pattern = item.Text("pattern");
        var patternPath = path + ".pattern";
        if (patternType != "stix")
        {
            collector.Reject(collector.At(path: path + ".pattern_type"), ImportCodes.Unsupported, $"pattern_type \"{IndicatorValues.Shorten(patternType)}\" is not read; only STIX patterns are.", pattern);
            return;
        }

        var result = StixPattern.Extract(pattern);
        if (!result.IsSupported)
        {
            collector.Reject(collector.At(path: patternPath), result.Code!, result.Reason!, pattern);
            return;
        }

        var id = item.Text("id") ?? "";
        var (family, campaigns) = context.Attribution(id);
        var tlp = item.Strings("object_marking_refs").Select(context.TlpOf).Where(t => t is not null).Max();
        var note = result.Notes.Count == 0 ? null : string.Join("; ", result.Notes);
        Indicator Enrich(Indicator indicator) => indicator with
        {
            FirstSeen = ImportFields.Date(item.Text("valid_from")) ?? indicator.FirstSeen,
            Expiry = ImportFields.Date(item.Text("valid_until")) ?? indicator.Expiry,
            Tags = Indicator.CleanList(indicator.Tags.Concat(item.Strings("labels")).Concat(item.Strings("indicator_types")).Concat(campaigns.Select(c => "campaign:" + c))),
            Confidence = ImportFields.Confidence(item.Text("confidence")) ?? indicator.Confidence,
            Tlp = tlp ?? indicator.Tlp,
            Family = family ?? indicator.Family,
            Description = NonEmpty(item.Text("name")) ?? NonEmpty(item.Text("description")) ?? indicator.Description,
        };

        for (var k = 0; k < result.Values.Count; k++)
        {
            var value = result.Values[k];
            var parsed = value.Type is { } type ? ImportFields.ParseAs(type, value.Raw) : IndicatorValues.Detect(value.Raw);
            var location = collector.At(path: result.Values.Count > 1 ? $"{patternPath} value {k + 1}" : patternPath);
            collector.Add(location, $"{value.ObjectPath} = '{value.Raw}'", parsed.WithNote(note), Enrich);
        }
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
