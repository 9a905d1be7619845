namespace Vigil.Domain.Indicators.Import.Misp;

/// <summary>
/// A MISP feed uploaded as one ZIP file, as a browser or `vigil ioc import` can send it: manifest.json with its event
/// files beside it, at the root or inside one folder (what <c>zip -r feed.zip feed/</c> makes). The archive's
/// uncompressed size is capped like an Office document's.
/// </summary>
public static class MispFeedArchive
{
    private const string Manifest = "manifest.json";

    /// <summary>Whether a ZIP upload holds exactly one feed manifest (otherwise it is taken for an Office document).</summary>
    public static bool IsFeed(ReadOnlySpan<byte> content)
    {
        using var package = ZipPackage.Open(content.ToArray(), long.MaxValue, out _);
        return package is not null && package.Find(Manifest).Count(IsShallow) == 1;
    }

    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (!collector.CheckSize(content.Length))
        {
            return collector.Report();
        }

        using var package = ZipPackage.Open(content.ToArray(), collector.Options.MaxBytes, out var problem);
        var manifests = package?.Find(Manifest).Where(IsShallow).ToList() ?? [];
        if (package is null || manifests.Count != 1)
        {
            var reason = problem ?? (manifests.Count == 0
                ? "The archive has no manifest.json: a MISP feed is a manifest and its event files."
                : "The archive holds several manifest.json files: upload one feed per archive.");
            collector.Reject(collector.At(path: "archive"), ImportCodes.Malformed, reason);
            return collector.Report();
        }

        var folder = manifests[0][..^Manifest.Length];
        var manifest = package.Bytes(manifests[0], out problem);
        if (manifest is null)
        {
            collector.Reject(collector.At(path: manifests[0]), ImportCodes.Malformed, problem ?? "The manifest cannot be read.");
            return collector.Report();
        }

        return MispFeedParser.Parse(manifest, $"{fileName}/{manifests[0]}", name =>
        {
            var content = package.Bytes(folder + name, out var entryProblem);
            return (content, entryProblem);
        }, collector.Options);
    }

    private static bool IsShallow(string fullName) => fullName.Count(c => c == '/') <= 1;
}
