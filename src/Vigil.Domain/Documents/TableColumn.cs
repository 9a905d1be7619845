namespace Vigil.Domain.Documents;

/// <summary>A column of a body table.</summary>
/// <param name="Header">The header cell's text.</param>
/// <param name="Alignment">Alignment of the body and totals cells; headers are always centred.</param>
/// <param name="Weight">Relative width: a column of weight 3 is three times as wide as one of weight 1.</param>
public sealed record TableColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Left, int Weight = 1);
