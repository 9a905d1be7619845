using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>The files under tests/fixtures/lifecycle (see tests/fixtures/NOTICE.md), copied next to the test assembly.</summary>
internal static class LifecycleFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "lifecycle", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    /// <summary>An endoflife.date product page's releases by cycle: each a map of field → value as written.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EndOfLife(string product)
    {
        var text = Text(product + ".md");
        var frontMatter = text.Split("---", 3, StringSplitOptions.None)[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(frontMatter));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var releases = (YamlSequenceNode)root.Children[new YamlScalarNode("releases")];
        return releases.Children.Cast<YamlMappingNode>().ToDictionary(
            r => ((YamlScalarNode)r.Children[new YamlScalarNode("releaseCycle")]).Value!,
            r => (IReadOnlyDictionary<string, string>)r.Children
                .Where(c => c.Value is YamlScalarNode)
                .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? ""));
    }

    /// <summary>A Win32_* capture of tests/fixtures/windows-wmi: the first value of a property ("Caption : …").</summary>
    public static string Wmi(string file, string property) =>
        File.ReadLines(System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "windows-wmi", file))
            .Select(l => l.Split(':', 2))
            .First(p => p.Length == 2 && p[0].Trim() == property)[1].Trim();
}
