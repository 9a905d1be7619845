namespace Vigil.Contracts.V1;

/// <summary>
/// Outcome of an inventory spreadsheet import or its preview (<c>dryRun</c>): the counts per kind, or every error
/// (and then nothing was written).
/// </summary>
/// <param name="Committed">True when the rows were written; false for a preview and for a rejected file.</param>
/// <param name="Sha256">Hash of the uploaded bytes, so a client can tell that what it commits is what it previewed.</param>
public sealed record InventoryImportResultDto(
    bool DryRun,
    bool Committed,
    string FileName,
    string Sha256,
    InventoryImportCountsDto Computers,
    InventoryImportCountsDto NetworkDevices,
    IReadOnlyList<InventoryImportErrorDto> Errors);

public sealed record InventoryImportCountsDto(int New, int Updated, int Unchanged);

/// <summary>One problem of an uploaded inventory file, located as Excel shows it.</summary>
/// <param name="Sheet">Sheet name, or the CSV file's name.</param>
/// <param name="Row">Row number as Excel shows it; 0 for the file as a whole.</param>
/// <param name="Column">Column letter ("C"); empty when no single column is at fault.</param>
/// <param name="Header">The column's header as written in the file (or the template's, for a missing column).</param>
/// <param name="Code">Stable code, e.g. <c>unit.not_found_or_not_yours</c>.</param>
/// <param name="Message">Vietnamese explanation.</param>
/// <param name="EnglishMessage">English explanation.</param>
public sealed record InventoryImportErrorDto(string Sheet, int Row, string Column, string Header, string Code, string Message, string EnglishMessage);
