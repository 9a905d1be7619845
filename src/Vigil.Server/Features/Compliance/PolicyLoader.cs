using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Builds the active policy from the embedded defaults and the site's files: catalog overrides merged into the
/// default catalogs, then site packs laid over the default pack, in file name order. One bad file refuses the whole
/// set (a half-applied site policy would be a policy nobody wrote), and every error found is reported.
/// </summary>
internal static class PolicyLoader
{
    public static (ActivePolicy? Policy, List<PolicyLoadError> Errors) Load(IReadOnlyDictionary<string, string> files, DateTime now)
    {
        var errors = new List<PolicyLoadError>();
        var catalogs = ComplianceCatalogs.Default;
        var pack = PolicyPacks.Default;
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var fileName = name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (name.StartsWith(PolicySiteFiles.CatalogFolder + "/", StringComparison.Ordinal))
            {
                var merged = MergeCatalog(catalogs, fileName, text);
                if (merged.IsSuccess)
                {
                    catalogs = merged.Value!;
                }
                else
                {
                    errors.Add(ErrorOf(name, merged.Error!));
                }

                continue;
            }

            var site = PolicyPackParser.Parse(text, fileName);
            var combined = site.IsSuccess ? PolicyPacks.WithOverride(pack, site.Value!) : Result<PolicyPack>.Fail(site.Error!);
            if (combined.IsSuccess)
            {
                pack = combined.Value!;
            }
            else
            {
                errors.Add(ErrorOf(name, combined.Error!));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var compiled = CompiledPolicy.Compile(pack, catalogs);
        if (!compiled.IsSuccess)
        {
            return (null, [ErrorOf(files.Count == 0 ? "(embedded)" : string.Join(", ", files.Keys), compiled.Error!)]);
        }

        return (new ActivePolicy(compiled.Value!, files, now), errors);
    }

    /// <summary>The catalog a file overrides is named by its file name.</summary>
    private static Result<ComplianceCatalogs> MergeCatalog(ComplianceCatalogs catalogs, string fileName, string text)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        switch (stem)
        {
            case "os-lifecycle":
                return OsLifecycleCatalog.Parse(text, fileName).Map(site => catalogs with { Lifecycle = catalogs.Lifecycle.Merge(site) });
            case "ms17-010":
                return Ms17010Catalog.Parse(text, fileName).Map(site => catalogs with { Ms17010 = catalogs.Ms17010.Merge(site) });
            case "windows11-processors":
                return Windows11Processors.Parse(text, fileName).Map(site => catalogs with { Windows11Cpus = catalogs.Windows11Cpus.Merge(site) });
            default:
                return Error.Validation(
                    "policy.catalog_unknown",
                    $"{fileName}:1:1: not a catalog this server knows; name it os-lifecycle.yaml, ms17-010.yaml or windows11-processors.yaml.",
                    fileName);
        }
    }

    private static PolicyLoadError ErrorOf(string file, Error error) => new(file, error.Code, error.Message);
}
