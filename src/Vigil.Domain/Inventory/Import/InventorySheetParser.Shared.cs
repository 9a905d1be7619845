using Vigil.Domain.Organisation;
using K = Vigil.Domain.Inventory.Import.InventoryColumnKeys;

namespace Vigil.Domain.Inventory.Import;

public static partial class InventorySheetParser
{
    /// <summary>The row's unit code, normalised; also remembered for the scope check even if the row has other errors.</summary>
    private static string? ReadUnit(RowCells cells, ParseRun run)
    {
        var raw = cells.Text(K.UnitCode);
        if (raw is null)
        {
            cells.Error(K.UnitCode, ImportCodes.UnitRequired, "Thiếu mã đơn vị.", "The unit code is missing.");
            return null;
        }

        var code = UnitTree.NormaliseCode(raw);
        if (!code.IsSuccess)
        {
            cells.Error(K.UnitCode, ImportCodes.UnitInvalid,
                $"Mã đơn vị '{raw}' không hợp lệ: mã chỉ gồm chữ A–Z, chữ số, '-', '_' và '.', tối đa {UnitTree.MaxCodeLength} ký tự.",
                $"The unit code '{raw}' is not valid: codes have letters A–Z, digits, '-', '_' and '.', at most {UnitTree.MaxCodeLength} characters.");
            return null;
        }

        run.UnitReferences.Add(new UnitReference(cells.At(K.UnitCode), code.Value!));
        return code.Value;
    }

    /// <summary>The hostname as written (trimmed), after checking it is one and is not repeated in its unit.</summary>
    private static string? ReadHostname(RowCells cells, ParseRun run, InventorySheetKind kind, string? unitCode)
    {
        var raw = cells.Text(K.Hostname);
        if (raw is null)
        {
            cells.Error(K.Hostname, ImportCodes.HostnameRequired,
                kind == InventorySheetKind.Computers ? "Thiếu tên máy." : "Thiếu tên thiết bị.",
                kind == InventorySheetKind.Computers ? "The hostname is missing." : "The device name is missing.");
            return null;
        }

        if (!SheetValues.TryParseHostname(raw, out var hostname))
        {
            cells.Error(K.Hostname, ImportCodes.HostnameInvalid,
                $"Tên '{raw}' không hợp lệ: chỉ dùng chữ không dấu, chữ số, '-', '_' và '.', không có dấu cách, tối đa {SheetValues.MaxHostnameLength} ký tự.",
                $"The name '{raw}' is not valid: use letters without diacritics, digits, '-', '_' and '.', no spaces, at most {SheetValues.MaxHostnameLength} characters.");
            return null;
        }

        if (unitCode is not null)
        {
            var key = (kind, unitCode, HostKey(kind, hostname));
            if (run.FirstSeen.TryGetValue(key, out var first))
            {
                var where = first.Sheet == cells.Sheet ? $"dòng {first.Row}" : $"dòng {first.Row} của trang '{first.Sheet}'";
                var whereEn = first.Sheet == cells.Sheet ? $"row {first.Row}" : $"row {first.Row} of sheet '{first.Sheet}'";
                cells.Error(K.Hostname, ImportCodes.HostnameDuplicate,
                    $"Tên '{hostname}' của đơn vị {unitCode} đã có ở {where}; mỗi tên chỉ ghi một lần trong một đơn vị.",
                    $"The name '{hostname}' of unit {unitCode} is already on {whereEn}; each name appears once per unit.");
                return null;
            }

            run.FirstSeen[key] = cells.At(K.Hostname);
        }

        return hostname;
    }

    internal static string HostKey(InventorySheetKind kind, string hostname) =>
        kind == InventorySheetKind.Computers ? SheetValues.ComputerNameKey(hostname) : SheetValues.HostnameKey(hostname);

    /// <summary>
    /// Refuses an identifier (serial, UUID, MAC) already given to another row of the file: the inventory would take
    /// both rows for one machine. Placeholders that the inventory ignores ("To be filled by O.E.M.") are not compared.
    /// </summary>
    private static void CheckUnique(RowCells cells, ParseRun run, InventorySheetKind kind, string key, string? identifier, string what, string whatEn)
    {
        if (identifier is null)
        {
            return;
        }

        var slot = (kind, "#" + key, identifier);
        if (run.FirstSeen.TryGetValue(slot, out var first))
        {
            var where = first.Sheet == cells.Sheet ? $"dòng {first.Row}" : $"dòng {first.Row} của trang '{first.Sheet}'";
            var whereEn = first.Sheet == cells.Sheet ? $"row {first.Row}" : $"row {first.Row} of sheet '{first.Sheet}'";
            cells.Error(key, ImportCodes.IdentifierDuplicate,
                $"{what} '{identifier}' đã có ở {where}; hai dòng không thể là cùng một thiết bị.",
                $"The {whatEn} '{identifier}' is already on {whereEn}; two rows cannot be the same device.");
            return;
        }

        run.FirstSeen[slot] = cells.At(key);
    }

    /// <summary>A size in GB within (0, <paramref name="max"/>]; null when absent or wrong (with an error).</summary>
    private static decimal? ReadGigabytes(RowCells cells, string key, decimal max)
    {
        if (cells.Text(key) is not { } raw)
        {
            return null;
        }

        if (!SheetValues.TryParseGigabytes(raw, out var gb))
        {
            cells.Error(key, ImportCodes.NumberInvalid,
                $"'{raw}' không phải là số GB (ví dụ: 8, 3,5 hoặc 500 GB).",
                $"'{raw}' is not a number of GB (e.g. 8, 3.5 or 500 GB).");
            return null;
        }

        if (gb <= 0 || gb > max)
        {
            cells.Error(key, ImportCodes.NumberOutOfRange,
                $"'{raw}' nằm ngoài khoảng cho phép (lớn hơn 0 và không quá {max} GB).",
                $"'{raw}' is out of range (more than 0 and at most {max} GB).");
            return null;
        }

        return gb;
    }
}
