using Vigil.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Devices.Lifecycle;

public static partial class DeviceLifecycleFile
{
    private static readonly string[] s_yamlKeys =
        ["vendor", "model", "models", "series", "end_of_sale", "end_of_sw_maintenance", "end_of_security_support", "last_date_of_support", "source"];

    private static Result<List<RawEntry>> ReadYaml(string text, string fileName)
    {
        var (list, problemLine, problem) = YamlListFile.Load(text, "a YAML lifecycle catalog is one list of entries (vendor, model or models, dates, source), or a CSV file with a header");
        if (list is null)
        {
            return Fail(fileName, problemLine, null, problem!);
        }

        var rows = new List<RawEntry>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode map)
            {
                return Fail(fileName, line, null, "each entry is a map with vendor, model or models, the milestone dates and source");
            }

            foreach (var key in map.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } name } || !s_yamlKeys.Contains(name))
                {
                    return Fail(fileName, (int)key.Start.Line, null, $"unknown key '{(key as YamlScalarNode)?.Value}'; the keys are {string.Join(", ", s_yamlKeys)}");
                }
            }

            string? Value(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
            var models = new List<string>();
            if (Value("model") is { Length: > 0 } model)
            {
                models.Add(model);
            }

            if (map.Children.TryGetValue(new YamlScalarNode("models"), out var many))
            {
                if (many is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode))
                {
                    return Fail(fileName, (int)many.Start.Line, "models", "models is a list of product ids or prefixes ending in *");
                }

                models.AddRange(sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? ""));
            }

            rows.Add(new RawEntry(
                line, Value("vendor") ?? "", models, Value("series"),
                [Value("end_of_sale"), Value("end_of_sw_maintenance"), Value("end_of_security_support"), Value("last_date_of_support")], Value("source")));
        }

        return rows;
    }
}
