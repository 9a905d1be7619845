using System.Text.Json;

namespace Vigil.Domain.Indicators.Import.Misp;

/// <summary>
/// A MISP feed: manifest.json (event UUID → info, Orgc, Tag, date) and one "UUID.json" event file per entry. The
/// caller supplies the event files (from a directory, an archive or HTTP) through <c>readEventFile</c>; a missing
/// file is a rejection at the manifest entry. Manifest tags apply to every attribute of their event.
/// </summary>
public static class MispFeedParser
{
    public static ImportReport Parse(ReadOnlySpan<byte> manifest, string manifestName, Func<string, byte[]?> readEventFile, IndicatorImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readEventFile);
        return Parse(manifest, manifestName, name => (readEventFile(name), null), options);
    }

    /// <summary>As above, with a reader that can say why an event file could not be read (an archive's size limit).</summary>
    internal static ImportReport Parse(ReadOnlySpan<byte> manifest, string manifestName, Func<string, (byte[]? Content, string? Problem)> readEventFile, IndicatorImportOptions? options)
    {
        var collector = new ImportCollector(manifestName, options ?? IndicatorImportOptions.Default);
        using var document = JsonImport.Load(collector, manifest);
        if (document is null)
        {
            return collector.Report();
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            collector.Reject(collector.At(path: "$"), ImportCodes.Malformed, "A MISP feed manifest is an object of event UUIDs.");
            return collector.Report();
        }

        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (collector.Full)
            {
                break;
            }

            collector.File = manifestName;
            var location = collector.At(path: $"$[\"{IndicatorValues.Shorten(entry.Name)}\"]");
            if (!IsUuid(entry.Name))
            {
                collector.Reject(location, ImportCodes.Malformed, "A manifest key must be an event UUID.");
                continue;
            }

            var fileName = entry.Name + ".json";
            var (content, problem) = readEventFile(fileName);
            if (content is null)
            {
                collector.Reject(location, ImportCodes.Malformed, problem ?? $"The event file {fileName} listed in the manifest is missing.");
                continue;
            }

            var tags = entry.Value.Items("Tag").Select(t => t.Text("name")).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
            collector.File = fileName;
            MispEventParser.ReadFile(collector, content, tags);
        }

        collector.File = manifestName;
        return collector.Report();
    }

    private static bool IsUuid(string text) => Guid.TryParseExact(text, "D", out _);
}
