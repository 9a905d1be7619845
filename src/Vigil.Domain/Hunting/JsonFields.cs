using System.Text.Json;

namespace Vigil.Domain.Hunting;

/// <summary>
/// Flattens one JSON line into (path, value) pairs: object members joined with '.', array items marked "[]"
/// ("dns.query[].rrname"); numbers kept as written. Null when the line is not valid JSON (a truncated last line).
/// </summary>
internal static class JsonFields
{
    private const int MaxDepth = 32;

    public static List<(string Path, string Value)>? Collect(ReadOnlySpan<byte> line)
    {
        var fields = new List<(string, string)>();
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = MaxDepth });
            var path = new List<string>();
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.Add(Segment(path, property, reader.TokenType == JsonTokenType.StartArray));
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String:
                        fields.Add((Join(path, property), reader.GetString() ?? ""));
                        property = null;
                        break;
                    case JsonTokenType.Number:
                        fields.Add((Join(path, property), System.Text.Encoding.UTF8.GetString(reader.ValueSpan)));
                        property = null;
                        break;
                    default:
                        property = null;
                        break;
                }
            }

            return reader.BytesConsumed > 0 ? fields : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The segment an opening brace or bracket adds: the member name (or "" at the top), "[]" for an array.</summary>
    private static string Segment(List<string> path, string? property, bool array)
    {
        var name = property ?? "";
        if (path.Count > 0 && path[^1].EndsWith("[]", StringComparison.Ordinal) && property is null)
        {
            name = "";
        }

        return array ? name + "[]" : name;
    }

    private static string Join(List<string> path, string? property)
    {
        var parts = new List<string>(path.Count + 1);
        foreach (var segment in path)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment == "[]" && parts.Count > 0)
            {
                parts[^1] += "[]";
                continue;
            }

            parts.Add(segment);
        }

        if (property is not null)
        {
            parts.Add(property);
        }
        else if (parts.Count > 0 && !parts[^1].EndsWith("[]", StringComparison.Ordinal))
        {
            parts[^1] += "[]";
        }

        return string.Join('.', parts);
    }
}
