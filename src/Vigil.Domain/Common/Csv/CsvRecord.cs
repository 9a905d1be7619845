namespace Vigil.Domain.Common.Csv;

/// <summary>One record of a delimited file.</summary>
/// <param name="Row">1-based record number, the header being row 1; a quoted line break does not start a new row.</param>
/// <param name="Fields">The field values with quoting removed.</param>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields)
{
    /// <summary>True for a line with no content at all (or only empty fields), which imports skip.</summary>
    public bool IsBlank => Fields.All(f => f.Length == 0);
}
