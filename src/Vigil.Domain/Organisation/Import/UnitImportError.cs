namespace Vigil.Domain.Organisation.Import;

/// <summary>Why an organisation import cannot go ahead, and where.</summary>
/// <param name="Row">1-based row of the file, the header being row 1.</param>
/// <param name="Column">Header name of the offending column, or <see cref="WholeRow"/> when no single column is at fault.</param>
/// <param name="Code">Stable machine code such as <c>unit.kind_unknown</c>.</param>
/// <param name="Reason">Explanation for the person who prepared the file.</param>
public sealed record UnitImportError(int Row, string Column, string Code, string Reason)
{
    public const string WholeRow = "-";

    public override string ToString() => $"{Row}:{Column}: {Reason}";
}
