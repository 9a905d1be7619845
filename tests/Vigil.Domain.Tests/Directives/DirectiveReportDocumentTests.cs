using Vigil.Domain.Directives;
using Vigil.Domain.Documents;

namespace Vigil.Domain.Tests.Directives;

public class DirectiveReportDocumentTests
{
    private static readonly FigureDefinition Xp7 = new("xp7", FigureKind.ComputersOnOs, "Máy tính dùng Windows XP/7", "PCs on XP/7", ["Windows 7"], true, true, [], null);
    private static readonly FigureDefinition Cisco = new("cisco", FigureKind.NetworkDevices, "Thiết bị Cisco", "Cisco devices", [], false, true, [], "Cisco");

    private static AggregatedReport Report()
    {
        var header = new DirectiveHeader(
            Guid.NewGuid(), "123/UBND-VHTT", "V/v rà soát máy tính Windows XP/7", "UBND HUYỆN X", "UBND TỈNH Y", new DateOnly(2024, 5, 15), "Lào Cai",
            ["Các đơn vị"], new DateOnly(2024, 5, 23), new TimeOnly(14, 0), "Asia/Ho_Chi_Minh", new DateTime(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc),
            new DateOnly(2024, 5, 1), null, "UBND xã An Bình");
        AggregatedUnitRow Row(string name, long?[] values, long?[] measured, bool[] discrepant, string?[] why) =>
            new(Guid.NewGuid(), name, name, true, values[0] is null ? BoardStatus.Late : BoardStatus.Submitted, 1, null, null, values, measured, discrepant, why, null);
        return new AggregatedReport(
            header,
            [Xp7, Cisco],
            [
                Row("Trường Tiểu học An Bình", [12, 1], [10, 1], [true, false], ["Hai máy cá nhân", null]),
                Row("Trạm Y tế", [3, 2], [3, 2], [false, false], [null, null]),
                Row("Thư viện", [null, null], [4, 0], [false, false], [null, null]),
            ],
            [1234, 3], [17, 3], 2, 1, DateTime.UtcNow);
    }

    private static DirectiveDocumentOptions Options(IReadOnlyList<string>? distribution = null) => new(
        "UBND XÃ AN BÌNH", "UBND HUYỆN X", new DocumentNumber(null, "BC-UBND"), "An Bình", new DateOnly(2024, 5, 23),
        new SignatureBlock(new SigningAuthority(SigningCapacity.OnBehalfOf, "Ủy ban nhân dân"), "Chủ tịch", "Trần Thị Bình"),
        distribution ?? ["UBND huyện X (b/c)"]);

    [Fact]
    public void The_report_answers_the_letter_to_its_issuer_with_the_submitted_figures_and_totals()
    {
        var document = DirectiveReportDocument.Build(Report(), Options());
        Assert.Empty(document.Validate());
        Assert.Equal(["UBND HUYỆN X"], document.Addressees);
        var kind = Assert.IsType<TitledDocument>(document.Kind);
        Assert.Equal(("BÁO CÁO", "Kết quả thực hiện Công văn số 123/UBND-VHTT ngày 15/05/2024 của UBND HUYỆN X"), (kind.TypeName, kind.Subject));
        var opening = Assert.IsType<BodyParagraph>(document.Body[0]).Text;
        Assert.StartsWith("Thực hiện Công văn số 123/UBND-VHTT ngày 15/05/2024 của UBND HUYỆN X về việc rà soát máy tính Windows XP/7, UBND XÃ AN BÌNH", opening, StringComparison.Ordinal);

        var table = Assert.Single(document.Body.OfType<BodyTable>());
        Assert.Equal(["TT", "Đơn vị", "Máy tính dùng Windows XP/7", "Thiết bị Cisco"], table.Columns.Select(c => c.Header));
        Assert.Equal(["1|Trường Tiểu học An Bình|12|1", "2|Trạm Y tế|3|2", "3|Thư viện|—|—"], table.Rows.Select(r => string.Join("|", r)));
        Assert.Equal(["", "Tổng cộng", "1.234", "3"], table.Totals);
    }

    [Fact]
    public void Units_that_did_not_report_and_figures_that_differ_from_the_measurement_are_named()
    {
        var texts = DirectiveReportDocument.Build(Report(), Options()).Body.OfType<BodyParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("Đơn vị chưa nộp báo cáo: Thư viện.", texts);
        Assert.Contains("Trường Tiểu học An Bình: Máy tính dùng Windows XP/7: báo cáo 12, hệ thống ghi nhận 10 (giải trình: Hai máy cá nhân).", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Trạm Y tế", StringComparison.Ordinal));
    }

    [Fact]
    public void The_distribution_starts_with_the_addressee_and_ends_with_the_archive()
    {
        Assert.Equal(["Như trên", "UBND huyện X (b/c)", "Lưu: VT"], DirectiveReportDocument.Build(Report(), Options()).Distribution);
        Assert.Equal(["Như trên", "Lưu: VT, VHTT"], DirectiveReportDocument.Build(Report(), Options(["như trên", "Lưu: VT, VHTT", " "])).Distribution);
    }
}
