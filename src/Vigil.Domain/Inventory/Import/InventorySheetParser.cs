namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// Turns the sheets of an inventory workbook or CSV file (see <see cref="InventoryColumns"/>) into validated rows.
/// Checks everything that one file alone can tell; whether the units exist and are the importer's is decided by
/// <see cref="InventoryImportPlan"/>. Never throws on malformed input.
/// </summary>
public static partial class InventorySheetParser
{
    /// <summary>Data rows accepted in one file, over all sheets: a province's inventory fits many times over.</summary>
    public const int MaxRows = 20_000;

    /// <summary>More errors than this are not useful to a person fixing a file, and bound the memory of a hostile one.</summary>
    public const int MaxErrors = 500;

    /// <summary>How many non-blank rows may come before the header (titles such as "DANH SÁCH MÁY TÍNH").</summary>
    public const int HeaderSearchRows = 10;

    public static InventorySheetParseResult Parse(IReadOnlyList<SheetTable> sheets, int maxRows = MaxRows)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var run = new ParseRun(new ImportErrorList(MaxErrors), maxRows);
        var dataSheets = 0;
        foreach (var sheet in sheets)
        {
            if (InventorySheetNames.IsInstructions(sheet.Name) || run.Stopped)
            {
                continue;
            }

            var named = InventorySheetNames.KindOf(sheet.Name);
            var header = FindHeader(sheet, named, out var ambiguous);
            if (header is null)
            {
                if (named is not null || ambiguous)
                {
                    dataSheets++;
                    ReportNoHeader(run.Errors, sheet, named, ambiguous);
                }

                // Other sheets (a summary, a chart's data) are not the inventory and are left alone.
                continue;
            }

            dataSheets++;
            var (headerRow, kind) = header.Value;
            if (ReadColumns(sheet, headerRow, kind, run.Errors) is { } columns)
            {
                ReadRows(sheet, headerRow, kind, columns, run);
            }
            else
            {
                CountRows(sheet, headerRow, run);
            }
        }

        if (dataSheets == 0 && run.Errors.Count == 0)
        {
            var name = sheets.Count == 1 ? sheets[0].Name : "";
            run.Errors.Add(CellLocation.File(name), ImportCodes.FileNoDataSheet,
                $"Không tìm thấy danh sách máy tính hay thiết bị mạng: tệp cần trang '{InventorySheetNames.Computers}' hoặc '{InventorySheetNames.NetworkDevices}' có dòng tiêu đề như tệp mẫu.",
                $"No computer or network-device list found: the file needs a '{InventorySheetNames.Computers}' or '{InventorySheetNames.NetworkDevices}' sheet with a header row as in the template.");
        }
        else if (run.DataRows == 0 && run.Errors.Count == 0)
        {
            run.Errors.Add(CellLocation.File(sheets.Count == 1 ? sheets[0].Name : ""), ImportCodes.FileNoRows,
                "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.",
                "The file has a header row but no data rows.");
        }

        return run.Errors.Count > 0
            ? new InventorySheetParseResult([], [], run.UnitReferences, run.Errors.Items)
            : new InventorySheetParseResult(run.Computers, run.Devices, run.UnitReferences, []);
    }

    /// <summary>The state of one parse: rows so far, errors, and where each unit's hostname was first seen.</summary>
    private sealed class ParseRun(ImportErrorList errors, int maxRows)
    {
        public ImportErrorList Errors { get; } = errors;

        public int MaxRows { get; } = maxRows;

        public int DataRows { get; set; }

        public bool Stopped { get; set; }

        public List<ComputerSheetRow> Computers { get; } = [];

        public List<NetworkDeviceSheetRow> Devices { get; } = [];

        public List<UnitReference> UnitReferences { get; } = [];

        /// <summary>Where each (kind, unit, name) and each identifier was first seen, for duplicate checks.</summary>
        public Dictionary<(InventorySheetKind, string, string), CellLocation> FirstSeen { get; } = [];

        /// <summary>Counts a data row; false (with the error reported once) when the file has too many.</summary>
        public bool Admit(SheetTable sheet, SheetRow row)
        {
            if (++DataRows <= MaxRows)
            {
                return true;
            }

            Stopped = true;
            Errors.Add(new CellLocation(sheet.Name, row.Number, "", ""), ImportCodes.FileTooManyRows,
                $"Tệp có hơn {MaxRows} dòng dữ liệu; hãy chia thành nhiều tệp.",
                $"The file has more than {MaxRows} data rows; split it into several files.");
            return false;
        }
    }

    /// <summary>
    /// The first of the first few non-blank rows that names at least two known columns. A sheet named for a kind is
    /// read as that kind; otherwise the kind with more recognised columns wins.
    /// </summary>
    private static (SheetRow Row, InventorySheetKind Kind)? FindHeader(SheetTable sheet, InventorySheetKind? named, out bool ambiguous)
    {
        ambiguous = false;
        var examined = 0;
        foreach (var row in sheet.Rows)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (++examined > HeaderSearchRows)
            {
                break;
            }

            var computers = Recognised(row, InventorySheetKind.Computers);
            var devices = Recognised(row, InventorySheetKind.NetworkDevices);
            if (named is { } kind)
            {
                if ((kind == InventorySheetKind.Computers ? computers : devices) >= 2)
                {
                    return (row, kind);
                }

                continue;
            }

            if (Math.Max(computers, devices) < 2)
            {
                continue;
            }

            if (computers != devices)
            {
                return (row, computers > devices ? InventorySheetKind.Computers : InventorySheetKind.NetworkDevices);
            }

            ambiguous = true;
            return null;
        }

        return null;
    }

    private static int Recognised(SheetRow row, InventorySheetKind kind) =>
        row.Cells.Count(c => InventoryColumns.Recognise(kind, c.Text) is not null);

    private static void ReportNoHeader(ImportErrorList errors, SheetTable sheet, InventorySheetKind? named, bool ambiguous)
    {
        var at = new CellLocation(sheet.Name, sheet.Rows.FirstOrDefault(r => !r.IsBlank)?.Number ?? 1, "", "");
        if (ambiguous)
        {
            errors.Add(at, ImportCodes.SheetKindUnknown,
                $"Không rõ '{sheet.Name}' là danh sách máy tính hay thiết bị mạng: hãy thêm cột 'Loại' (thiết bị mạng) hoặc 'Hệ điều hành' (máy tính), hoặc dùng tệp mẫu.",
                $"Cannot tell whether '{sheet.Name}' lists computers or network devices: add a 'Kind' column (devices) or an 'Operating system' column (computers), or use the template.");
            return;
        }

        var required = string.Join(", ", InventoryColumns.For(named!.Value).Where(c => c.Required).Select(c => c.Header));
        errors.Add(at, ImportCodes.SheetNoHeader,
            $"Không tìm thấy dòng tiêu đề trong {HeaderSearchRows} dòng đầu của trang '{sheet.Name}'; dòng tiêu đề cần ít nhất các cột: {required}.",
            $"No header row in the first {HeaderSearchRows} rows of sheet '{sheet.Name}'; it needs at least the columns: {string.Join(", ", InventoryColumns.For(named.Value).Where(c => c.Required).Select(c => c.EnglishHeader))}.");
    }

    /// <summary>Maps each column index to its column; null (with errors) when a header is unknown, repeated or missing.</summary>
    private static SheetColumns? ReadColumns(SheetTable sheet, SheetRow header, InventorySheetKind kind, ImportErrorList errors)
    {
        var columns = new SheetColumns(sheet.Name, header.Number);
        var before = errors.Count;
        foreach (var cell in header.Cells)
        {
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var at = new CellLocation(sheet.Name, header.Number, ColumnLetters.Of(cell.Column), text);
            if (InventoryColumns.IsIgnored(text))
            {
                columns.Ignore(cell.Column);
            }
            else if (InventoryColumns.Recognise(kind, text) is not { } column)
            {
                // A misspelt known column would otherwise be dropped without a word, and its data with it.
                errors.Add(at, ImportCodes.ColumnUnknown,
                    $"Không nhận ra cột '{text}' trong danh sách {KindVi(kind)}; hãy đặt tên cột như tệp mẫu (xem trang '{InventorySheetNames.Instructions}') hoặc xóa cột này.",
                    $"Unknown column '{text}' in a {KindEn(kind)} list; name it as in the template (see the '{InventorySheetNames.Instructions}' sheet) or delete it.");
            }
            else if (columns.Find(column.Key) is { } first)
            {
                errors.Add(at, ImportCodes.ColumnDuplicate,
                    $"Cột '{text}' trùng với cột {ColumnLetters.Of(first.Index)} ('{first.Header}').",
                    $"The column '{text}' repeats column {ColumnLetters.Of(first.Index)} ('{first.Header}').");
            }
            else
            {
                columns.Add(column, cell.Column, text);
            }
        }

        foreach (var required in InventoryColumns.For(kind).Where(c => c.Required && columns.Find(c.Key) is null))
        {
            errors.Add(new CellLocation(sheet.Name, header.Number, "", required.Header), ImportCodes.ColumnMissing,
                $"Thiếu cột bắt buộc '{required.Header}'.",
                $"The required column '{required.EnglishHeader}' is missing.");
        }

        return errors.Count > before ? null : columns;
    }

    private static void CountRows(SheetTable sheet, SheetRow header, ParseRun run)
    {
        foreach (var row in sheet.Rows)
        {
            if (row.Number > header.Number && !row.IsBlank && !run.Admit(sheet, row))
            {
                return;
            }
        }
    }

    private static void ReadRows(SheetTable sheet, SheetRow header, InventorySheetKind kind, SheetColumns columns, ParseRun run)
    {
        foreach (var row in sheet.Rows)
        {
            if (row.Number <= header.Number || row.IsBlank)
            {
                continue;
            }

            if (!run.Admit(sheet, row) || run.Errors.IsFull)
            {
                return;
            }

            var cells = new RowCells(sheet.Name, row, columns, run.Errors);
            foreach (var cell in row.Cells)
            {
                if (!columns.Knows(cell.Column) && cell.Text.Trim().Length > 0)
                {
                    run.Errors.Add(new CellLocation(sheet.Name, row.Number, ColumnLetters.Of(cell.Column), ""), ImportCodes.ColumnNoHeader,
                        $"Ô có dữ liệu nhưng cột {ColumnLetters.Of(cell.Column)} không có tên ở dòng tiêu đề {header.Number}; hãy đặt tên cột hoặc xóa dữ liệu.",
                        $"This cell has a value but column {ColumnLetters.Of(cell.Column)} has no header in row {header.Number}; name the column or delete the value.");
                }
            }

            if (kind == InventorySheetKind.Computers)
            {
                if (ReadComputer(cells, run) is { } computer)
                {
                    run.Computers.Add(computer);
                }
            }
            else if (ReadDevice(cells, run) is { } device)
            {
                run.Devices.Add(device);
            }
        }
    }

    internal static string KindVi(InventorySheetKind kind) => kind == InventorySheetKind.Computers ? "máy tính" : "thiết bị mạng";

    internal static string KindEn(InventorySheetKind kind) => kind == InventorySheetKind.Computers ? "computer" : "network-device";
}
