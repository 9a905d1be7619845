using Vigil.Domain.Compliance.Policy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Devices;

/// <summary>
/// Loads a device data file whose YAML form is one list of maps (firmware baselines, the lifecycle catalog) through
/// the guarded parser (no aliases, bounded nesting). Never throws: a problem is its line and reason.
/// </summary>
internal static class YamlListFile
{
    public static (YamlSequenceNode? List, int Line, string? Problem) Load(string text, string shapeHint)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(text);
        var parser = new GuardedYamlParser(new Parser(reader));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            return (null, (int)Math.Max(e.Start.Line, 1), "invalid YAML: " + (e.InnerException?.Message ?? e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return (null, (int)Math.Max(parser.LastEnd.Line, 1), "invalid YAML after this point");
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlSequenceNode list ? (list, 0, null) : (null, 1, shapeHint);
    }
}
