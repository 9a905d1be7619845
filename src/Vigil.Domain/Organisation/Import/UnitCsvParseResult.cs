namespace Vigil.Domain.Organisation.Import;

/// <summary>The rows of an organisation CSV, or everything wrong with it. Any error means nothing is imported.</summary>
public sealed record UnitCsvParseResult(IReadOnlyList<UnitCsvRow> Rows, IReadOnlyList<UnitImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
