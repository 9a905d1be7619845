namespace Vigil.Domain.Common.Csv;

/// <summary>A structural problem of a delimited file (bad encoding, unterminated quote).</summary>
public sealed record CsvProblem(int Row, string Code, string Message);
