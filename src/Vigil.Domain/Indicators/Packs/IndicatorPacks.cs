using Vigil.Domain.Indicators.Import;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Indicators.Packs;

/// <summary>The built-in packs (Indicators/Packs/Data): a YAML manifest per pack naming its text files and kill switches.</summary>
public static class IndicatorPacks
{
    private const string ResourcePrefix = "Vigil.Domain.Indicators.Packs.Data.";

    private static readonly Lazy<PackManifest> s_wannaCryManifest = new(() => ReadManifest("wannacry.yaml"));

    private static readonly Lazy<IndicatorPack> s_wannaCry = new(() => Load(s_wannaCryManifest.Value));

    /// <summary>The WannaCry pack: Maltrail domains and SophosLabs SHA-1 hashes; kill-switch domains alert-only and pinned.</summary>
    public static IndicatorPack WannaCry => s_wannaCry.Value;

    /// <summary>The kill-switch domains of all built-in packs, without loading the packs' indicator files.</summary>
    public static IReadOnlyCollection<string> KillSwitchDomains => s_wannaCryManifest.Value.KillSwitch;

    private static IndicatorPack Load(PackManifest manifest)
    {
        var reports = new List<ImportReport>();
        foreach (var (file, source) in manifest.Files)
        {
            var options = new IndicatorImportOptions { Source = source, Family = manifest.Family, DefaultTlp = manifest.Tlp };
            reports.Add(PlainTextIndicatorParser.Parse(Read(file), file, options));
        }

        var killSwitch = new HashSet<string>(manifest.KillSwitch, StringComparer.Ordinal);
        var indicators = IndicatorMerge.MergeAll(reports.SelectMany(r => r.Indicators))
            .Select(i => i.Type == IndicatorType.Domain && killSwitch.Contains(i.Value.Value)
                ? i with { Action = IndicatorAction.AlertOnly, AlertOnlyPinned = true, Tags = Indicator.CleanList(i.Tags.Append("kill-switch")) }
                : i)
            .ToList();
        var attribution = manifest.Files.Select(f => $"{f.File}: {f.Source}").ToList();
        return new IndicatorPack(manifest.Id, manifest.Name, manifest.Family, attribution, manifest.KillSwitch, indicators, reports);
    }

    private static PackManifest ReadManifest(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(Read(file)))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string Text(string key) => ((YamlScalarNode)root.Children[new YamlScalarNode(key)]).Value ?? "";
        var files = ((YamlSequenceNode)root.Children[new YamlScalarNode("files")]).Children.Cast<YamlMappingNode>()
            .Select(f => (((YamlScalarNode)f.Children[new YamlScalarNode("file")]).Value!, ((YamlScalarNode)f.Children[new YamlScalarNode("source")]).Value!))
            .ToList();
        var killSwitch = ((YamlSequenceNode)root.Children[new YamlScalarNode("kill_switch")]).Children
            .Select(k => IndicatorValues.Normalize(IndicatorType.Domain, ((YamlScalarNode)k).Value).Value?.Value
                ?? throw new InvalidOperationException($"{file}: invalid kill-switch domain"))
            .ToList();
        if (!TlpLabels.TryParse(Text("tlp"), out var tlp))
        {
            throw new InvalidOperationException($"{file}: invalid tlp");
        }

        return new PackManifest(Text("id"), Text("name"), Text("family"), tlp, files, killSwitch);
    }

    /// <summary>A built-in file missing from the assembly is a build bug: it throws.</summary>
    private static string Read(string file)
    {
        using var stream = typeof(IndicatorPacks).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded pack file {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record PackManifest(string Id, string Name, string Family, Tlp Tlp, IReadOnlyList<(string File, string Source)> Files, IReadOnlyList<string> KillSwitch);
}
