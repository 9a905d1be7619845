using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Catalogs;

public sealed partial class OsLifecycleCatalog
{
    private static readonly string[] s_rootKeys = ["version", "entries"];
    private static readonly string[] s_entryKeys =
        ["key", "label", "family", "release", "released", "end_of_support", "end_of_extended_support", "lts", "source", "match"];
    private static readonly string[] s_matchKeys = ["builds", "editions", "name_has", "unknown_build", "distro", "version"];

    /// <summary>
    /// Reads a catalog file (the embedded default or a site's <c>os-lifecycle.yaml</c>). Never throws: bad input
    /// gives an error "file:line:column: reason" and no catalog.
    /// </summary>
    public static Result<OsLifecycleCatalog> Parse(string yaml, string fileName)
    {
        var (reader, root) = CatalogYaml.Load(yaml, fileName);
        if (root is null)
        {
            return reader.Error!;
        }

        reader.OnlyKeys(root, s_rootKeys);
        var version = reader.String(root, "version", required: true);
        var entries = new List<OsLifecycleEntry>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in reader.Mappings(root, "entries", required: true))
        {
            if (reader.Failed)
            {
                break;
            }

            var entry = ReadEntry(reader, node);
            if (entry is not null && !keys.Add(entry.Key))
            {
                reader.Fail(CatalogYaml.Child(node, "key"), $"the key '{entry.Key}' is used twice.");
            }

            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return reader.Failed ? reader.Error! : new OsLifecycleCatalog(version!, entries);
    }

    private static OsLifecycleEntry? ReadEntry(CatalogYaml reader, YamlMappingNode node)
    {
        reader.OnlyKeys(node, s_entryKeys);
        var key = reader.String(node, "key", required: true);
        var label = reader.String(node, "label", required: true);
        var familyText = reader.String(node, "family", required: true);
        var release = reader.String(node, "release", required: true);
        var released = reader.Date(node, "released");
        var end = reader.Date(node, "end_of_support");
        var extended = reader.Date(node, "end_of_extended_support");
        var lts = reader.Bool(node, "lts");
        var source = reader.String(node, "source");
        if (reader.Failed)
        {
            return null;
        }

        OsFamily? family = familyText!.ToUpperInvariant() switch
        {
            "WINDOWS" => OsFamily.Windows,
            "LINUX" => OsFamily.Linux,
            "MACOS" => OsFamily.MacOs,
            "OTHER" => OsFamily.Other,
            _ => null,
        };
        if (family is null)
        {
            reader.Fail(CatalogYaml.Child(node, "family"), $"'family' must be windows, linux, macos or other, not '{familyText}'.");
            return null;
        }

        if (end is { } last && (released > last || extended < last))
        {
            reader.Fail(CatalogYaml.Child(node, "end_of_support"), "'end_of_support' must fall between 'released' and 'end_of_extended_support'.");
            return null;
        }

        var match = ReadMatch(reader, node, family.Value);
        return match is null ? null : new OsLifecycleEntry(key!, label!, family.Value, released, end, extended, lts)
        {
            Release = release!,
            Source = source,
            Match = match,
        };
    }

    private static OsLifecycleMatch? ReadMatch(CatalogYaml reader, YamlMappingNode entry, OsFamily family)
    {
        var node = CatalogYaml.Child(entry, "match");
        if (node is null)
        {
            if (family == OsFamily.Linux)
            {
                reader.Fail(entry, "a Linux entry needs 'match:' with 'distro' and 'version'.");
                return null;
            }

            return OsLifecycleMatch.Any;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Fail(node, "'match' must be a mapping.");
            return null;
        }

        reader.OnlyKeys(map, s_matchKeys);
        var builds = reader.Numbers(map, "builds");
        var editionsText = reader.String(map, "editions");
        var nameHas = reader.Strings(map, "name_has");
        var unknownBuild = reader.Bool(map, "unknown_build");
        var distro = reader.String(map, "distro");
        var versionText = reader.String(map, "version");
        if (reader.Failed)
        {
            return null;
        }

        EditionScope? editions = editionsText?.ToUpperInvariant() switch
        {
            null or "ANY" => EditionScope.Any,
            "CONSUMER" => EditionScope.Consumer,
            "ENTERPRISE" => EditionScope.Enterprise,
            _ => null,
        };
        if (editions is null)
        {
            reader.Fail(CatalogYaml.Child(map, "editions"), $"'editions' must be any, consumer or enterprise, not '{editionsText}'.");
            return null;
        }

        if (unknownBuild && builds.Count > 0)
        {
            reader.Fail(CatalogYaml.Child(map, "unknown_build"), "an entry for an unknown build cannot list 'builds'.");
            return null;
        }

        var version = LinuxDistribution.ParseVersion(versionText);
        if (family == OsFamily.Linux)
        {
            if (distro is null || !LinuxDistribution.KnownIds.Contains(distro, StringComparer.Ordinal))
            {
                reader.Fail(CatalogYaml.Child(map, "distro") ?? map, $"'distro' must be one of {string.Join(", ", LinuxDistribution.KnownIds)}.");
                return null;
            }

            if (version is null)
            {
                reader.Fail(CatalogYaml.Child(map, "version") ?? map, "'version' must be numbers separated by dots, such as 22.04 or 15.5.");
                return null;
            }
        }
        else if (distro is not null || versionText is not null)
        {
            reader.Fail(map, "'distro' and 'version' are for Linux entries; Windows entries match by release, builds and name.");
            return null;
        }

        return new OsLifecycleMatch(builds, editions.Value, nameHas, unknownBuild, distro, version ?? []);
    }
}
