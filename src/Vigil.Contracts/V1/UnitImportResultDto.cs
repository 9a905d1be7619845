namespace Vigil.Contracts.V1;

/// <summary>Outcome of a CSV import: either counts (nothing rejected) or the errors (nothing imported).</summary>
public sealed record UnitImportResultDto(int Created, int Updated, IReadOnlyList<ImportErrorDto> Errors);

/// <summary>One problem in an uploaded file, located precisely.</summary>
public sealed record ImportErrorDto(int Row, string Column, string Message);
