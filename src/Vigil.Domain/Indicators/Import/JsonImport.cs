using System.Globalization;
using System.Text.Json;

namespace Vigil.Domain.Indicators.Import;

/// <summary>JSON loading and reading helpers for the STIX and MISP parsers; never throws on malformed input.</summary>
internal static class JsonImport
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The document, or null with a rejection at the line of the error.</summary>
    public static JsonDocument? Load(ImportCollector collector, ReadOnlySpan<byte> content)
    {
        if (!collector.CheckSize(content.Length))
        {
            return null;
        }

        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        if (System.Text.Unicode.Utf8.ToUtf16(content, new char[content.Length], out var bytesRead, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            var badLine = content[..bytesRead].Count((byte)'\n') + 1;
            collector.Reject(collector.At(badLine), ImportCodes.Malformed, $"The file is not valid UTF-8 (line {badLine}).");
            return null;
        }

        try
        {
            return JsonDocument.Parse(content.ToArray(), Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : (int?)null;
            collector.Reject(collector.At(line), ImportCodes.Malformed, "The file is not valid JSON" + (line is null ? "." : $" (line {line}, byte {e.BytePositionInLine + 1})."));
            return null;
        }
    }

    /// <summary>A property as text: strings as they are, numbers and booleans as written; null if absent or another kind.</summary>
    public static string? Text(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null ? value : null;

    /// <summary>The elements of an array property; empty when absent or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Child(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>The strings of an array property.</summary>
    public static IEnumerable<string> Strings(this JsonElement element, string name) =>
        element.Items(name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!);

    public static bool Flag(this JsonElement element, string name, bool fallback) => element.Text(name) switch
    {
        "true" or "1" or "True" => true,
        "false" or "0" or "False" => false,
        _ => fallback,
    };

    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
