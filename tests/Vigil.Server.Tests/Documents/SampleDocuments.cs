using System.Globalization;
using Vigil.Domain.Documents;

namespace Vigil.Server.Tests.Documents;

/// <summary>
/// Realistic documents: the culture and information office's report answering the district's May 2024 letter
/// (DESIGN.md, letter 1) with the figures of its units, and a department's letter asking units to review their PCs.
/// </summary>
internal static class SampleDocuments
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly string[][] Units =
    [
        ["1", "Văn phòng HĐND và UBND huyện", "14", "9", "5", "6", "6"],
        ["2", "Phòng Tài chính - Kế hoạch", "7", "4", "3", "2", "2"],
        ["3", "UBND xã Phong Hải", "11", "6", "5", "1", "0"],
        ["4", "UBND thị trấn Phố Lu", "9", "9", "0", "3", "3"],
        ["5", "Trung tâm Y tế huyện", "23", "15", "8", "4", "3"],
    ];

    public static AdministrativeDocument Report() => new()
    {
        ParentBody = "UBND huyện Bảo Thắng",
        IssuingBody = "Phòng Văn hóa và Thông tin",
        Number = new DocumentNumber(45, "BC-VHTT"),
        Place = "Bảo Thắng",
        Date = new DateOnly(2024, 5, 23),
        Kind = new TitledDocument(TitledDocument.Report, "Kết quả rà soát, nâng cấp máy tính và thiết bị mạng"),
        Addressees = ["Ủy ban nhân dân huyện Bảo Thắng"],
        Body = ReportBody(Units),
        Distribution = ["Như trên", "Sở Khoa học và Công nghệ tỉnh Lào Cai (b/c)", "Các cơ quan, đơn vị trên địa bàn huyện", "Lưu: VT, VHTT"],
        Signature = new SignatureBlock(new SigningAuthority(SigningCapacity.Deputy, "Trưởng phòng"), "Phó trưởng phòng", "Nguyễn Thị Hằng"),
    };

    /// <summary>The report with many units, so that its table runs onto further pages.</summary>
    public static AdministrativeDocument LongReport(int units) => Report() with
    {
        Body = ReportBody(Enumerable.Range(1, units)
            .Select(i => new[] { i.ToString(Vietnamese), $"UBND xã số {i}", (i % 7 + 1).ToString(Vietnamese), (i % 5).ToString(Vietnamese), (i % 2).ToString(Vietnamese), (i % 3).ToString(Vietnamese), (i % 3).ToString(Vietnamese) })
            .ToArray()),
    };

    public static AdministrativeDocument Letter() => new()
    {
        ParentBody = "UBND TỈNH LÀO CAI",
        IssuingBody = "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        Number = new DocumentNumber(8, "SKHCN-CNTT"),
        Place = "Lào Cai",
        Date = new DateOnly(2025, 2, 5),
        Kind = new OfficialLetter("rà soát, nâng cấp máy tính sử dụng Windows XP, Windows 7"),
        Addressees = ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
        Body =
        [
            BodyParagraph.Plain("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về bảo đảm an toàn thông tin mạng, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị:"),
            BodyParagraph.Plain("1. Rà soát toàn bộ máy tính đang sử dụng hệ điều hành Windows XP, Windows 7, kể cả máy tính cá nhân dùng cho công việc."),
            BodyParagraph.Of(new TextRun("2. Nâng cấp "), new TextRun("lên Windows 10 trở lên", Bold: true), new TextRun(" các máy đáp ứng cấu hình tối thiểu; thay thế các máy không đáp ứng.")),
            BodyParagraph.Of(new TextRun("Báo cáo kết quả trước "), new TextRun("14 giờ 00 ngày 28/02/2025", Bold: true, Italic: true), new TextRun(".")),
        ],
        Distribution = ["Như trên", "UBND tỉnh (b/c)", "Giám đốc Sở", "Lưu: VT, CNTT"],
        Signature = new SignatureBlock(new SigningAuthority(SigningCapacity.Deputy, "Giám đốc"), "Phó Giám đốc", "Trần Quốc Việt"),
    };

    private static DocumentBlock[] ReportBody(string[][] units)
    {
        int Sum(int column) => units.Sum(u => int.Parse(u[column], Vietnamese));
        return
        [
            BodyParagraph.Plain("Thực hiện Công văn số 512/UBND-VHTT ngày 15 tháng 5 năm 2024 của Ủy ban nhân dân huyện về việc rà soát, nâng cấp máy tính và thiết bị mạng, Phòng Văn hóa và Thông tin báo cáo kết quả như sau:"),
            new BodyHeading("I. Kết quả rà soát"),
            BodyParagraph.Plain("Các cơ quan, đơn vị đã rà soát toàn bộ máy tính, kể cả máy tính cá nhân dùng cho công việc, và thiết bị mạng Cisco. Số liệu cụ thể:"),
            new BodyTable(
                [
                    new TableColumn("STT", ColumnAlignment.Center, 2),
                    new TableColumn("Đơn vị", ColumnAlignment.Left, 9),
                    new TableColumn("Máy Windows XP/7", ColumnAlignment.Right, 4),
                    new TableColumn("Đã nâng cấp", ColumnAlignment.Right, 4),
                    new TableColumn("Đã thay thế", ColumnAlignment.Right, 4),
                    new TableColumn("Thiết bị Cisco", ColumnAlignment.Right, 4),
                    new TableColumn("Đã cập nhật", ColumnAlignment.Right, 4),
                ],
                units,
                ["", "Tổng cộng", .. Enumerable.Range(2, 5).Select(c => Sum(c).ToString("N0", Vietnamese))]),
            new BodyHeading("II. Đề xuất, kiến nghị"),
            BodyParagraph.Of(new TextRun("Đề nghị Ủy ban nhân dân huyện bố trí kinh phí thay thế "), new TextRun("các máy không đủ cấu hình", Italic: true), new TextRun(" trong năm 2024.")),
        ];
    }
}
