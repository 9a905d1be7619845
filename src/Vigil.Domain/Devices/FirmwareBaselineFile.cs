using YamlDotNet.RepresentationModel;
using Vigil.Domain.Common;

namespace Vigil.Domain.Devices;

/// <summary>
/// Reads a baseline file, CSV (<c>family,model,minimum_version,note</c> with that header) or YAML (a list of maps with
/// those keys), into checked rows. Every row is checked — known family, version valid in the family's grammar, no
/// (family, model) twice — and the first problem is returned as "line N: reason" so nothing is imported from a bad file.
/// </summary>
public static class FirmwareBaselineFile
{
    public const int MaxLength = 1_000_000;

    public const string InvalidCode = "firmware_baseline.file_invalid";

    public static Result<IReadOnlyList<FirmwareBaselineRow>> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(1, "the file is empty");
        }

        if (text.Length > MaxLength)
        {
            return Fail(1, $"the file is larger than {MaxLength} characters");
        }

        var first = text.TrimStart('\uFEFF').TrimStart().Split('\n')[0].Trim();
        var rows = first.StartsWith("family", StringComparison.OrdinalIgnoreCase) && first.Contains(',', StringComparison.Ordinal)
            ? ReadCsv(text) : ReadYaml(text);
        return rows.IsSuccess ? Check(rows.Value!) : rows.Error!;
    }

    /// <summary>Checks one row the way the file reader does: the API's single write uses it too.</summary>
    public static Error? CheckRow(FirmwareBaselineRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!CiscoOsFamilies.TryParse(row.Family, out var family))
        {
            return Error.Validation(DeviceParseCodes.FamilyUnknown, $"line {row.Line}: unknown software family '{row.Family}'; use ios, ios-xe, nx-os, asa, aireos or sb-switch", $"line {row.Line}");
        }

        var version = CiscoVersion.Parse(family, row.MinimumVersion);
        return version.IsSuccess ? null
            : Error.Validation(DeviceParseCodes.VersionInvalid, $"line {row.Line}: {version.Error!.Message}", $"line {row.Line}");
    }

    private static Result<IReadOnlyList<FirmwareBaselineRow>> Check(List<FirmwareBaselineRow> rows)
    {
        var seen = new Dictionary<(string, string), int>();
        var result = new List<FirmwareBaselineRow>();
        foreach (var row in rows)
        {
            if (CheckRow(row) is { } bad)
            {
                return Error.Validation(InvalidCode, bad.Message, bad.Location);
            }

            _ = CiscoOsFamilies.TryParse(row.Family, out var family);
            var normalized = row with { Family = CiscoOsFamilies.Code(family)!, Model = row.Model.Trim().ToUpperInvariant(), MinimumVersion = row.MinimumVersion.Trim() };
            if (seen.TryGetValue((normalized.Family, normalized.Model), out var firstLine))
            {
                return Fail(row.Line, $"{normalized.Family} {(normalized.Model.Length == 0 ? "(all models)" : normalized.Model)} is already given on line {firstLine}");
            }

            seen[(normalized.Family, normalized.Model)] = row.Line;
            result.Add(normalized);
        }

        return result.Count == 0 ? Fail(1, "the file holds no baselines") : result;
    }

    private static Result<List<FirmwareBaselineRow>> ReadCsv(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Col(string name) => Array.IndexOf(header, name);
        var (f, m, v, n) = (Col("family"), Col("model"), Col("minimum_version"), Col("note"));
        if (f < 0 || v < 0)
        {
            return Fail(1, "the header must name the columns family, model, minimum_version and (optionally) note");
        }

        var rows = new List<FirmwareBaselineRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length > header.Length)
            {
                return Fail(i + 1, $"the row has {cells.Length} cells but the header has {header.Length} columns");
            }

            string Cell(int c) => c >= 0 && c < cells.Length ? cells[c].Trim().Trim('"').Trim() : "";
            if (Cell(v).Length == 0)
            {
                return Fail(i + 1, "minimum_version is empty");
            }

            rows.Add(new FirmwareBaselineRow(Cell(f), Cell(m), Cell(v), Cell(n) is { Length: > 0 } note ? note : null, i + 1));
        }

        return rows;
    }

    private static Result<List<FirmwareBaselineRow>> ReadYaml(string text)
    {
        var (list, problemLine, problem) = YamlListFile.Load(text, "a YAML baseline file is one list of entries with family, model, minimum_version and note, or a CSV file with that header");
        if (list is null)
        {
            return Fail(problemLine, problem!);
        }

        var rows = new List<FirmwareBaselineRow>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode map)
            {
                return Fail(line, "each entry is a map with family, model, minimum_version and note");
            }

            string? Value(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value?.Trim() : null;
            foreach (var key in map.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: "family" or "model" or "minimum_version" or "note" })
                {
                    return Fail((int)key.Start.Line, $"unknown key '{(key as YamlScalarNode)?.Value}'; the keys are family, model, minimum_version and note");
                }
            }

            if (string.IsNullOrEmpty(Value("family")) || string.IsNullOrEmpty(Value("minimum_version")))
            {
                return Fail(line, "an entry needs family and minimum_version");
            }

            rows.Add(new FirmwareBaselineRow(Value("family")!, Value("model") ?? "", Value("minimum_version")!, Value("note"), line));
        }

        return rows;
    }

    private static Error Fail(int line, string reason) => Error.Validation(InvalidCode, $"line {line}: {reason}", $"line {line}");
}
