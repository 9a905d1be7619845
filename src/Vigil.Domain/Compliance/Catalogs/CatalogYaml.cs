using System.Globalization;
using Vigil.Domain.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// Reads a catalog file through YamlDotNet's representation model and maps nodes by hand (no reflection, so the
/// domain stays AOT-compatible). Remembers the first problem with its file, line and column; every reader returns
/// null or a default after a problem, so a mapper can read on and check <see cref="Failed"/> once per entry.
/// </summary>
internal sealed class CatalogYaml
{
    /// <summary>Catalog files are small; a limit keeps a mistaken upload from using the server's memory.</summary>
    public const int MaxChars = 2_000_000;

    /// <summary>YamlDotNet parses nested nodes recursively; deeper nesting than any catalog needs is refused first.</summary>
    private const int MaxNesting = 32;

    private readonly string _fileName;

    private CatalogYaml(string fileName) => _fileName = fileName;

    public Error? Error { get; private set; }

    public bool Failed => Error is not null;

    /// <summary>The document's root mapping, or the reason there is none.</summary>
    public static (CatalogYaml Reader, YamlMappingNode? Root) Load(string? yaml, string? fileName)
    {
        var reader = new CatalogYaml(string.IsNullOrWhiteSpace(fileName) ? "catalog.yaml" : fileName);
        if (string.IsNullOrWhiteSpace(yaml))
        {
            reader.Fail(1, 1, "the file is empty.");
            return (reader, null);
        }

        if (yaml.Length > MaxChars)
        {
            reader.Fail(1, 1, $"the file is larger than {MaxChars} characters.");
            return (reader, null);
        }

        if (TooDeep(yaml) is { } deep)
        {
            reader.Fail(deep.Line, deep.Column, $"nesting deeper than {MaxNesting} levels.");
            return (reader, null);
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            reader.Fail(e.Start.Line, e.Start.Column, "not valid YAML: " + e.Message);
            return (reader, null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16.3 fails this way on some malformed input (a line break inside a plain scalar of a flow list
            // "[a\nb:]", an event its loader does not expect): the scanner's position is where it stopped.
            reader.Fail(scanner.CurrentPosition.Line, scanner.CurrentPosition.Column, "not valid YAML here.");
            return (reader, null);
        }

        if (stream.Documents.Count != 1)
        {
            reader.Fail(1, 1, stream.Documents.Count == 0 ? "the file is empty." : "the file holds more than one YAML document.");
            return (reader, null);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Fail(stream.Documents[0].RootNode, "the file must be a mapping (keys such as 'version:' and 'entries:').");
            return (reader, null);
        }

        return (reader, root);
    }

    public Error Fail(YamlNode? node, string reason) => Fail(node?.Start.Line ?? 1, node?.Start.Column ?? 1, reason);

    public Error Fail(long line, long column, string reason)
    {
        if (Error is null)
        {
            var location = string.Create(CultureInfo.InvariantCulture, $"{_fileName}:{line}:{column}");
            Error = Error.Validation("catalog.invalid", $"{location}: {reason}", location);
        }

        return Error;
    }

    /// <summary>Refuses keys a mapping does not know: a misspelt key in a site file must not be silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowed.Contains(name, StringComparer.Ordinal))
            {
                Fail(key, $"unknown key '{(key as YamlScalarNode)?.Value ?? key.NodeType.ToString()}' (expected {string.Join(", ", allowed)}).");
                return;
            }
        }
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlMappingNode map, string key, bool required = false)
    {
        var node = Child(map, key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" } && node.Tag.IsEmpty)
        {
            if (required)
            {
                Fail(node ?? map, $"'{key}' is required.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Fail(node, $"'{key}' must be a single value.");
            return null;
        }

        return scalar.Value!.Trim();
    }

    public DateOnly? Date(YamlMappingNode map, string key, bool required = false)
    {
        var text = String(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(Child(map, key), $"'{key}' must be a date written yyyy-MM-dd, not '{text}'.");
        return null;
    }

    public bool Bool(YamlMappingNode map, string key, bool fallback = false)
    {
        var text = String(map, key);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return fallback;
            case "TRUE" or "YES":
                return true;
            case "FALSE" or "NO":
                return false;
            default:
                Fail(Child(map, key), $"'{key}' must be true or false, not '{text}'.");
                return fallback;
        }
    }

    /// <summary>A list of single values; a single value alone is taken as a list of one.</summary>
    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode single:
                return string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value.Trim()];
            case YamlSequenceNode sequence:
                var values = new List<string>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
                    {
                        Fail(item, $"'{key}' must list single values.");
                        return [];
                    }

                    values.Add(value.Trim());
                }

                return values;
            default:
                Fail(node, $"'{key}' must be a list.");
                return [];
        }
    }

    public IReadOnlyList<int> Numbers(YamlMappingNode map, string key)
    {
        var numbers = new List<int>();
        foreach (var text in Strings(map, key))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                Fail(Child(map, key), $"'{key}' must list whole numbers, not '{text}'.");
                return [];
            }

            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>The mappings of a list such as 'entries:'; anything else in the list is an error.</summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key, bool required)
    {
        var node = Child(map, key);
        if (node is null)
        {
            if (required)
            {
                Fail(map, $"'{key}' is required.");
            }

            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Fail(node, $"'{key}' must be a list.");
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                Fail(item, $"every item of '{key}' must be a mapping.");
                yield break;
            }

            yield return entry;
        }
    }

    private static (int Line, int Column)? TooDeep(string yaml)
    {
        var depth = 0;
        var line = 1;
        var column = 0;
        var indenting = true;
        foreach (var c in yaml)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                indenting = true;
                continue;
            }

            if (c == ' ' && indenting)
            {
                // Block nesting grows with indentation; lines indented this far are no catalog.
                if (column > MaxNesting * 8)
                {
                    return (line, column);
                }

                continue;
            }

            indenting = false;
            if (c is '[' or '{' && ++depth > MaxNesting)
            {
                return (line, column);
            }

            if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return null;
    }
}
