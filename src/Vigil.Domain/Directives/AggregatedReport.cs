namespace Vigil.Domain.Directives;

/// <summary>
/// The coordinator's roll-up of a directive over its target subtree: the letter's header, the figures as columns, one
/// row per addressed unit with its submitted values, and the totals. This is what the XLSX export and the official
/// document render; nothing in it needs the database.
/// </summary>
/// <param name="Figures">Column order of <see cref="AggregatedUnitRow.Values"/> and <see cref="Totals"/>.</param>
/// <param name="Totals">Per figure, the sum of the submitted values (units that have not submitted count nothing).</param>
public sealed record AggregatedReport(
    DirectiveHeader Header,
    IReadOnlyList<FigureDefinition> Figures,
    IReadOnlyList<AggregatedUnitRow> Rows,
    IReadOnlyList<long> Totals,
    IReadOnlyList<long> MeasuredTotals,
    int Submitted,
    int Late,
    DateTime GeneratedAtUtc);
