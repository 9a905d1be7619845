namespace Vigil.Domain.Documents;

/// <summary>How a table column's cells are aligned; figures go right, names left, short codes centred.</summary>
public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}
