namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>
/// Why an import failed, precisely: the file, the row (CSV/XLSX, 1-based as a spreadsheet shows it) or JSON path,
/// the column, a stable code and a message. Any error means nothing of the upload is imported.
/// </summary>
public sealed record VulnImportError(string File, int? Row, string? Column, string Code, string Message)
{
    public override string ToString() =>
        $"{File}{(Row is null ? "" : $", row {Row}")}{(Column is null ? "" : $", {Column}")}: {Message}";
}
