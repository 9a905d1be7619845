using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

internal static partial class InventoryTemplate
{
    private static readonly string[] s_rules =
    [
        "Mỗi dòng là một máy tính (trang \"" + InventorySheetNames.Computers + "\") hoặc một thiết bị mạng (trang \"" + InventorySheetNames.NetworkDevices + "\"). Không đổi tên trang và không xóa dòng tiêu đề; có thể bỏ các cột không dùng.",
        "Cột bắt buộc: Mã đơn vị và Tên máy / Tên thiết bị; thiết bị mạng cần thêm Loại. Ô để trống nghĩa là chưa biết.",
        "Tên cột có thể viết không dấu hoặc bằng tiếng Anh (cột \"Tên tiếng Anh\" bên dưới). Cột STT được bỏ qua; cột khác không có trong danh sách sẽ bị báo lỗi.",
        "Vigil kiểm tra toàn bộ tệp trước khi ghi: có lỗi ở bất kỳ ô nào thì không dòng nào được nhập, và danh sách lỗi chỉ rõ trang, dòng, cột và lý do.",
        "Nhập lại cùng tệp sẽ cập nhật đúng các bản ghi đã nhập (theo mã đơn vị và tên máy), không tạo bản ghi trùng.",
        "Giới hạn: tối đa " + InventorySheetParser.MaxRows + " dòng dữ liệu; tệp .xlsx (không macro) hoặc .csv UTF-8, dấu phẩy hoặc chấm phẩy.",
    ];

    private static Worksheet InstructionsSheet()
    {
        var data = new SheetData();
        var merges = new MergeCells();
        uint row = 1;
        data.Append(new Row(TextCell("A1", "Hướng dẫn nhập danh sách máy tính và thiết bị mạng vào Vigil", StyleTitle)) { RowIndex = row++ });
        row++;
        foreach (var rule in s_rules)
        {
            data.Append(WideRow(row++, "•", rule, merges));
        }

        row++;
        data.Append(HeaderRow(row++, "Trang", "Cột", "Tên tiếng Anh", "Bắt buộc", "Ý nghĩa và giá trị cho phép"));
        foreach (var (sheet, columns) in new[] { (InventorySheetNames.Computers, InventoryColumns.Computers), (InventorySheetNames.NetworkDevices, InventoryColumns.NetworkDevices) })
        {
            foreach (var column in columns)
            {
                var allowed = column.Choices.Count > 0 ? " Chọn: " + string.Join(", ", column.Choices) + "." : "";
                data.Append(new Row(
                    TextCell($"A{row}", sheet, StyleWrap),
                    TextCell($"B{row}", column.Header, StyleWrap),
                    TextCell($"C{row}", column.EnglishHeader, StyleWrap),
                    TextCell($"D{row}", column.Required ? "Có" : "", StyleWrap),
                    TextCell($"E{row}", column.Description + allowed, StyleWrap)) { RowIndex = row });
                row++;
            }
        }

        row++;
        data.Append(HeaderRow(row++, "Ví dụ", InventorySheetNames.Computers, "", "", ""));
        data.Append(WideRow(row++, "",
            "UBND-XA-AN-BINH | PC-KETOAN-01 | PF0ABC12 | | 00:1A:2B:3C:4D:5E | Nguyễn Văn An | Không | Windows 7 Professional | 6.1.7601 | x64 | Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz | 4 | HDD | 500 | Bkav Endpoint |", merges));
        data.Append(HeaderRow(row++, "Ví dụ", InventorySheetNames.NetworkDevices, "", "", ""));
        data.Append(WideRow(row, "",
            "UBND-XA-AN-BINH | SW-TANG2 | Switch | Cisco | WS-C2960-24TT-L | FOC1234X0AB | 15.0(2)SE11 | 10.10.1.2 | Phòng máy chủ tầng 2 |", merges));
        merges.Count = (uint)merges.ChildElements.Count;

        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 16, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 34, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 26, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 10, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 90, CustomWidth = true }),
            data,
            merges);
    }

    /// <summary>
    /// A line of text across columns B–E. Spreadsheet programs do not fit the height of merged cells to their text,
    /// so it is set from the length (about 150 characters fit on one line).
    /// </summary>
    private static Row WideRow(uint row, string bullet, string text, MergeCells merges)
    {
        merges.Append(new MergeCell { Reference = $"B{row}:E{row}" });
        var lines = Math.Max(1, (text.Length + 149) / 150);
        return new Row(TextCell($"A{row}", bullet, 0), TextCell($"B{row}", text, StyleWrap))
        {
            RowIndex = row, Height = (lines * 15) + 3, CustomHeight = true,
        };
    }

    private static Row HeaderRow(uint row, params string[] texts) =>
        new(texts.Select((t, i) => TextCell(ColumnLetters.Of(i) + row, t, StyleHeader))) { RowIndex = row };
}
