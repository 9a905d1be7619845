namespace Vigil.Domain.Common.Csv;

/// <summary>The records of a delimited file, or the structural problems that stopped it being read.</summary>
public sealed record CsvDocument(char Delimiter, IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvProblem> Problems);
