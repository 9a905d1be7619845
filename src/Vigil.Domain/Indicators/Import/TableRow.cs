namespace Vigil.Domain.Indicators.Import;

/// <summary>One row of a table (CSV record, spreadsheet row, Word table row) with its 1-based number in the file or sheet.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells);
