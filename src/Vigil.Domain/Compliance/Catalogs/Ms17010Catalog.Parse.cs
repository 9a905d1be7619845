using Vigil.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Catalogs;

public sealed partial class Ms17010Catalog
{
    private static readonly string[] s_rootKeys = ["version", "entries"];
    private static readonly string[] s_entryKeys =
        ["key", "label", "releases", "builds", "builds_from", "fixed_build", "fixed_by", "superseded_by", "not_affected", "later_rollups_from"];

    /// <summary>Reads a catalog file (the embedded default or a site's <c>ms17-010.yaml</c>); never throws.</summary>
    public static Result<Ms17010Catalog> Parse(string yaml, string fileName)
    {
        var (reader, root) = CatalogYaml.Load(yaml, fileName);
        if (root is null)
        {
            return reader.Error!;
        }

        reader.OnlyKeys(root, s_rootKeys);
        var version = reader.String(root, "version", required: true);
        var entries = new List<Ms17010Entry>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in reader.Mappings(root, "entries", required: true))
        {
            if (reader.Failed)
            {
                break;
            }

            if (ReadEntry(reader, node) is { } entry)
            {
                if (!keys.Add(entry.Key))
                {
                    reader.Fail(CatalogYaml.Child(node, "key"), $"the key '{entry.Key}' is used twice.");
                }

                entries.Add(entry);
            }
        }

        return reader.Failed ? reader.Error! : new Ms17010Catalog(version!, entries);
    }

    private static Ms17010Entry? ReadEntry(CatalogYaml reader, YamlMappingNode node)
    {
        reader.OnlyKeys(node, s_entryKeys);
        var key = reader.String(node, "key", required: true);
        var label = reader.String(node, "label", required: true);
        var releases = reader.Strings(node, "releases");
        var builds = reader.Numbers(node, "builds");
        var buildsFrom = reader.Numbers(node, "builds_from");
        var fixedBuildText = reader.String(node, "fixed_build");
        var fixedBy = Kbs(reader, node, "fixed_by");
        var supersededBy = Kbs(reader, node, "superseded_by");
        var notAffected = reader.Bool(node, "not_affected");
        var laterRollups = reader.String(node, "later_rollups_from");
        if (reader.Failed)
        {
            return null;
        }

        if (releases.Count == 0)
        {
            reader.Fail(node, "'releases' must name at least one Windows release, such as 'Windows 7'.");
        }
        else if (builds.Count > 0 && buildsFrom.Count > 0 || buildsFrom.Count > 1)
        {
            reader.Fail(CatalogYaml.Child(node, "builds_from"), "give either 'builds' (a list) or 'builds_from' (one build).");
        }
        else if (laterRollups is not null && (KbNumber(laterRollups) is null || !laterRollups.StartsWith("KB", StringComparison.OrdinalIgnoreCase)))
        {
            reader.Fail(CatalogYaml.Child(node, "later_rollups_from"), $"'later_rollups_from' names one update as KB followed by digits, not '{laterRollups}'.");
        }
        else if (!notAffected && fixedBy.Count == 0)
        {
            reader.Fail(node, "an affected release needs 'fixed_by' (the updates that fix it), or 'not_affected: true'.");
        }

        WindowsBuild? fixedBuild = null;
        if (!reader.Failed && fixedBuildText is not null)
        {
            fixedBuild = WindowsBuild.ParseFixed(fixedBuildText);
            if (fixedBuild is not { Revision: not null } || builds.Count != 1 || fixedBuild.Value.Number != builds[0])
            {
                reader.Fail(CatalogYaml.Child(node, "fixed_build"), $"'fixed_build' must be build.revision of the entry's one build (such as 14393.953), not '{fixedBuildText}'.");
            }
        }

        return reader.Failed ? null : new Ms17010Entry(
            key!, label!, releases, builds, buildsFrom.Count == 1 ? buildsFrom[0] : null, fixedBuildText, fixedBy, supersededBy, notAffected,
            laterRollups is null ? null : "KB" + KbNumber(laterRollups))
        {
            Fixed = fixedBuild,
        };
    }

    private static List<string> Kbs(CatalogYaml reader, YamlMappingNode node, string key)
    {
        var kbs = new List<string>();
        foreach (var text in reader.Strings(node, key))
        {
            if (KbNumber(text) is not { } number || !text.StartsWith("KB", StringComparison.OrdinalIgnoreCase))
            {
                reader.Fail(CatalogYaml.Child(node, key), $"'{key}' must list updates as KB followed by digits, not '{text}'.");
                return [];
            }

            kbs.Add("KB" + number);
        }

        return kbs;
    }
}
