namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Reads the site's policy packs (<c>&lt;data&gt;/policies/*.yaml</c>) and catalog overrides
/// (<c>&lt;data&gt;/catalogs/*.yaml</c>) as text, keyed "policies/name.yaml" and "catalogs/name.yaml".
/// </summary>
internal static class PolicySiteFiles
{
    public const string PolicyFolder = "policies";
    public const string CatalogFolder = "catalogs";

    /// <summary>Larger files are refused: a policy or catalog override is a few kilobytes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public static (Dictionary<string, string> Files, List<PolicyLoadError> Errors) Read(string dataDirectory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<PolicyLoadError>();
        foreach (var folder in new[] { PolicyFolder, CatalogFolder })
        {
            var path = Path.Combine(dataDirectory, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path).Where(IsYaml).Order(StringComparer.Ordinal))
            {
                var key = folder + "/" + Path.GetFileName(file);
                try
                {
                    if (new FileInfo(file).Length > MaxFileBytes)
                    {
                        errors.Add(new PolicyLoadError(key, "policy.file_too_large", $"{key}: larger than {MaxFileBytes / 1024} KiB."));
                        continue;
                    }

                    files[key] = File.ReadAllText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add(new PolicyLoadError(key, "policy.file_unreadable", $"{key}: cannot be read ({e.Message})."));
                }
            }
        }

        return (files, errors);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
