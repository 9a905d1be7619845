namespace Vigil.Domain.Inventory.Import;

/// <summary>The cells of one data row, read by column key, with errors located at the right cell.</summary>
internal sealed class RowCells(string sheet, SheetRow row, SheetColumns columns, ImportErrorList errors)
{
    public const int MaxText = 200;

    // What Excel shows for a failed formula; importing "#N/A" as someone's name or a model would be nonsense.
    private static readonly HashSet<string> s_formulaErrors =
        ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];

    public int Row => row.Number;

    public string Sheet => sheet;

    public ImportErrorList Errors => errors;

    /// <summary>The trimmed text of the column's cell; null when the column is absent or the cell blank.</summary>
    public string? Text(string key)
    {
        if (columns.Find(key) is not { } column)
        {
            return null;
        }

        var text = row.CellText(column.Index).Trim();
        if (s_formulaErrors.Contains(text.ToUpperInvariant()))
        {
            Error(key, ImportCodes.CellFormulaError,
                $"Ô chứa lỗi công thức {text}; hãy sửa công thức hoặc nhập giá trị.",
                $"The cell holds the formula error {text}; fix the formula or type the value.");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>Like <see cref="Text"/>, but a value longer than <paramref name="max"/> is an error (and null).</summary>
    public string? Limited(string key, int max = MaxText)
    {
        var text = Text(key);
        if (text is null || text.Length <= max)
        {
            return text;
        }

        Error(key, ImportCodes.ValueTooLong,
            $"Giá trị dài {text.Length} ký tự; tối đa {max}.",
            $"The value is {text.Length} characters long; at most {max} are allowed.");
        return null;
    }

    public CellLocation At(string key) =>
        columns.Find(key) is { } column
            ? new CellLocation(sheet, row.Number, ColumnLetters.Of(column.Index), column.Header)
            : new CellLocation(sheet, row.Number, "", "");

    public void Error(string key, string code, string message, string englishMessage) => errors.Add(At(key), code, message, englishMessage);
}
