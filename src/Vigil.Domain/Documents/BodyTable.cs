namespace Vigil.Domain.Documents;

/// <summary>
/// A bordered table in the body, e.g. the figures of each unit. Cells are text, already formatted for vi-VN by the
/// caller, so the document shows exactly what the report computed.
/// </summary>
/// <param name="Columns">The columns; every row has one cell per column.</param>
/// <param name="Rows">The body rows.</param>
/// <param name="Totals">An optional bold last row, e.g. "Tổng cộng" with the sums.</param>
public sealed record BodyTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Totals = null)
    : DocumentBlock;
