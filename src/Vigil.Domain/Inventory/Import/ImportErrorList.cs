namespace Vigil.Domain.Inventory.Import;

/// <summary>Collects import errors up to a limit: more are no help to a person fixing a file, and a hostile file could make millions.</summary>
internal sealed class ImportErrorList(int limit)
{
    private readonly List<InventoryImportError> _errors = [];

    public int Count => _errors.Count;

    public bool IsFull => _errors.Count > limit;

    public IReadOnlyList<InventoryImportError> Items => _errors;

    public void Add(CellLocation at, string code, string message, string englishMessage)
    {
        if (_errors.Count < limit)
        {
            _errors.Add(new InventoryImportError(at, code, message, englishMessage));
        }
        else if (_errors.Count == limit)
        {
            _errors.Add(new InventoryImportError(at with { Column = "", Header = "" }, ImportCodes.TooManyErrors,
                $"Có quá nhiều lỗi; chỉ liệt kê {limit} lỗi đầu tiên. Sửa các lỗi này rồi tải tệp lên lại.",
                $"Too many errors; only the first {limit} are listed. Fix these and upload the file again."));
        }
    }
}
