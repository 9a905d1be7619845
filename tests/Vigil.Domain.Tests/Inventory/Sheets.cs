using System.Text;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Tests.Inventory;

/// <summary>Builds sheets for tests: rows as '|'-separated cells, numbered from 1 like Excel.</summary>
internal static class Sheets
{
    public const string ComputerHeader = "Mã đơn vị|Tên máy|Số serial|UUID|Địa chỉ MAC|Người sử dụng|Máy cá nhân dùng cho công việc|Hệ điều hành|Phiên bản HĐH|Kiến trúc|CPU|RAM (GB)|Loại ổ đĩa|Dung lượng ổ đĩa (GB)|Phần mềm diệt virus|Ghi chú";

    public const string DeviceHeader = "Mã đơn vị|Tên thiết bị|Loại|Hãng|Model|Số serial|Phiên bản phần mềm|Địa chỉ IP quản lý|Vị trí|Ghi chú";

    public static SheetTable Table(string name, params string[] lines) =>
        new(name, [.. lines.Select((line, i) => new SheetRow(i + 1, [.. line.Split('|').Select((text, c) => new SheetCell(c, text)).Where(c => c.Text.Length > 0)]))]);

    public static InventorySheetParseResult Parse(params SheetTable[] tables) => InventorySheetParser.Parse(tables);

    public static InventorySheetParseResult ParseCsv(string text, string fileName = "may-tinh.csv")
    {
        var content = InventoryCsv.Read(Encoding.UTF8.GetBytes(text), fileName);
        Assert.True(content.IsReadable, string.Join("\n", content.Errors));
        return InventorySheetParser.Parse(content.Sheets);
    }

    public static InventoryImportError Single(InventorySheetParseResult result, string code)
    {
        var matching = result.Errors.Where(e => e.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join("\n", result.Errors)}");
        return matching[0];
    }
}
