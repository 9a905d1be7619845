using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Misp;

namespace Vigil.Cli;

/// <summary>A MISP feed on disk: a directory with manifest.json and its "UUID.json" event files (read by `ioc export` and `hunt`).</summary>
internal static class MispFeedDirectory
{
    public static string ManifestOf(string directory) => Path.Combine(directory, "manifest.json");

    public static bool Is(string path) => Directory.Exists(path) && File.Exists(ManifestOf(path));

    public static ImportReport Read(string directory)
    {
        var manifest = ManifestOf(directory);
        return MispFeedParser.Parse(File.ReadAllBytes(manifest), manifest, name => ReadEvent(directory, name));
    }

    // Event files are named by UUID in the manifest; anything with a path separator is not one of them.
    private static byte[]? ReadEvent(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || !File.Exists(path) ? null : File.ReadAllBytes(path);
    }
}
