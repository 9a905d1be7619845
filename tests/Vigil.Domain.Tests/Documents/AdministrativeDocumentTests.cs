using Vigil.Domain.Common;
using Vigil.Domain.Documents;

namespace Vigil.Domain.Tests.Documents;

public sealed class AdministrativeDocumentTests
{
    private static AdministrativeDocument Valid() => new()
    {
        ParentBody = "UBND TỈNH LÀO CAI",
        IssuingBody = "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        Number = new DocumentNumber(123, "BC-SKHCN"),
        Place = "Lào Cai",
        Date = new DateOnly(2024, 5, 23),
        Kind = new TitledDocument(TitledDocument.Report, "Kết quả rà soát máy tính"),
        Body = [BodyParagraph.Plain("Nội dung."), new BodyTable([new TableColumn("Đơn vị"), new TableColumn("Số máy", ColumnAlignment.Right)], [["Sở", "3"]], ["Tổng", "3"])],
        Distribution = ["UBND tỉnh", "Lưu: VT, CNTT"],
        Signature = new SignatureBlock(null, "GIÁM ĐỐC", "Nguyễn Văn An"),
    };

    [Fact]
    public void A_complete_document_has_no_problems()
    {
        Assert.Empty(Valid().Validate());
        Assert.Null(Valid().FirstProblem());
        Assert.Empty((Valid() with { ParentBody = "", Number = new DocumentNumber(null, "BC-SKHCN") }).Validate());
    }

    [Theory]
    [InlineData("issuingBody", DocumentErrors.IssuingBodyMissing)]
    [InlineData("number", DocumentErrors.NumberMissing)]
    [InlineData("number.sequence", DocumentErrors.NumberInvalid)]
    [InlineData("number.symbol", DocumentErrors.SymbolMissing)]
    [InlineData("number.symbol.spaces", DocumentErrors.SymbolInvalid)]
    [InlineData("place", DocumentErrors.PlaceMissing)]
    [InlineData("date", DocumentErrors.DateMissing)]
    [InlineData("kind", DocumentErrors.KindMissing)]
    [InlineData("kind.typeName", DocumentErrors.TypeNameMissing)]
    [InlineData("kind.subject", DocumentErrors.SubjectMissing)]
    [InlineData("addressees", DocumentErrors.AddresseeMissing)]
    [InlineData("addressees[1]", DocumentErrors.AddresseeEmpty)]
    [InlineData("body", DocumentErrors.BodyEmpty)]
    [InlineData("body[0]", DocumentErrors.ParagraphEmpty)]
    [InlineData("body[1].rows[0]", DocumentErrors.TableRowWidth)]
    [InlineData("body[1].totals", DocumentErrors.TableRowWidth)]
    [InlineData("body[1].columns", DocumentErrors.TableHasNoColumns)]
    [InlineData("body[1].columns[1]", DocumentErrors.TableColumnInvalid)]
    [InlineData("distribution", DocumentErrors.DistributionMissing)]
    [InlineData("distribution[0]", DocumentErrors.DistributionItemEmpty)]
    [InlineData("signature", DocumentErrors.SignerMissing)]
    [InlineData("signature.title", DocumentErrors.SignerTitleMissing)]
    [InlineData("signature.name", DocumentErrors.SignerNameMissing)]
    [InlineData("signature.authority", DocumentErrors.SignerAuthorityEmpty)]
    [InlineData("parentBody", DocumentErrors.TextInvalid)]
    public void Each_problem_is_reported_with_its_code_and_field(string field, string code)
    {
        var valid = Valid();
        var table = (BodyTable)valid.Body[1];
        var broken = field switch
        {
            "issuingBody" => valid with { IssuingBody = "  " },
            "number" => valid with { Number = null },
            "number.sequence" => valid with { Number = new DocumentNumber(0, "BC-SKHCN") },
            "number.symbol" => valid with { Number = new DocumentNumber(5, "") },
            "number.symbol.spaces" => valid with { Number = new DocumentNumber(5, "BC - SKHCN") },
            "place" => valid with { Place = "" },
            "date" => valid with { Date = default },
            "kind" => valid with { Kind = null },
            "kind.typeName" => valid with { Kind = new TitledDocument("", "Về việc") },
            "kind.subject" => valid with { Kind = new OfficialLetter(" "), Addressees = ["Sở Tài chính"] },
            "addressees" => valid with { Kind = new OfficialLetter("rà soát máy tính") },
            "addressees[1]" => valid with { Addressees = ["Sở Tài chính", ""] },
            "body" => valid with { Body = [] },
            "body[0]" => valid with { Body = [BodyParagraph.Of(new TextRun(" ")), table] },
            "body[1].rows[0]" => valid with { Body = [valid.Body[0], table with { Rows = [["Sở"]] }] },
            "body[1].totals" => valid with { Body = [valid.Body[0], table with { Totals = ["Tổng", "3", "4"] }] },
            "body[1].columns" => valid with { Body = [valid.Body[0], table with { Columns = [], Rows = [], Totals = null }] },
            "body[1].columns[1]" => valid with { Body = [valid.Body[0], table with { Columns = [table.Columns[0], new TableColumn("Số máy", Weight: 0)] }] },
            "distribution" => valid with { Distribution = [] },
            "distribution[0]" => valid with { Distribution = ["", "Lưu: VT"] },
            "signature" => valid with { Signature = null },
            "signature.title" => valid with { Signature = new SignatureBlock(null, "", "Nguyễn Văn An") },
            "signature.name" => valid with { Signature = new SignatureBlock(null, "GIÁM ĐỐC", "") },
            "signature.authority" => valid with { Signature = new SignatureBlock(new SigningAuthority(SigningCapacity.Deputy, " "), "PHÓ GIÁM ĐỐC", "Nguyễn Văn An") },
            "parentBody" => valid with { ParentBody = "UBND\u0007TỈNH" },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var errors = broken.Validate();
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(field == "number.symbol.spaces" ? "number.symbol" : field, error.Location);
        Assert.Equal(ErrorKind.Validation, error.Kind);
    }

    [Fact]
    public void Several_problems_come_back_together_and_as_one_first_problem()
    {
        var broken = Valid() with { Number = null, Place = "", Signature = new SignatureBlock(null, "GIÁM ĐỐC", "") };
        Assert.Equal([DocumentErrors.NumberMissing, DocumentErrors.PlaceMissing, DocumentErrors.SignerNameMissing], broken.Validate().Select(e => e.Code));
        var first = broken.FirstProblem()!;
        Assert.Equal(DocumentErrors.NumberMissing, first.Code);
        Assert.Contains("2 more problems", first.Message);
        Assert.Contains("The signer's name is missing.", first.Message);
    }

    [Theory]
    [InlineData(2020, 1, 5, "ngày 05 tháng 01 năm 2020")]
    [InlineData(2019, 6, 29, "ngày 29 tháng 6 năm 2019")]
    [InlineData(2024, 5, 23, "ngày 23 tháng 5 năm 2024")]
    [InlineData(2025, 2, 9, "ngày 09 tháng 02 năm 2025")]
    [InlineData(2024, 3, 1, "ngày 01 tháng 3 năm 2024")]
    [InlineData(2024, 12, 10, "ngày 10 tháng 12 năm 2024")]
    [InlineData(2024, 10, 31, "ngày 31 tháng 10 năm 2024")]
    public void Dates_pad_days_below_10_and_only_the_months_1_and_2(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDate.Format(new DateOnly(year, month, day)));

    [Fact]
    public void Place_and_date_line_and_number_line_follow_the_decree()
    {
        Assert.Equal("Lào Cai, ngày 23 tháng 5 năm 2024", Valid().PlaceAndDateLine);
        Assert.Equal("Số: 123/BC-SKHCN", new DocumentNumber(123, "BC-SKHCN").Line);
        Assert.Equal("Số: 05/BNV-VP", new DocumentNumber(5, "BNV-VP").Line);
        Assert.Equal("Số:       /BC-SKHCN", new DocumentNumber(null, "BC-SKHCN").Line);
        Assert.Equal("KT. GIÁM ĐỐC", new SigningAuthority(SigningCapacity.Deputy, "GIÁM ĐỐC").Line);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", new SigningAuthority(SigningCapacity.OnBehalfOf, "ỦY BAN NHÂN DÂN").Line);
        Assert.Equal("TL. CHỦ TỊCH", new SigningAuthority(SigningCapacity.ByOrder, "CHỦ TỊCH").Line);
        Assert.Equal("TUQ. CHỦ TỊCH", new SigningAuthority(SigningCapacity.ByDelegation, "CHỦ TỊCH").Line);
    }

    [Fact]
    public void Layout_values_lie_inside_the_decree_ranges()
    {
        var styles = typeof(DecreeLayout).GetFields().Where(f => f.FieldType == typeof(TextStyle)).Select(f => (f.Name, Style: (TextStyle)f.GetValue(null)!)).ToList();
        Assert.True(styles.Count >= 18);
        Assert.All(styles, s => Assert.True(s.Style.Points >= s.Style.MinPoints && s.Style.Points <= s.Style.MaxPoints, s.Name));

        foreach (var margin in new[] { DecreeLayout.TopMargin, DecreeLayout.BottomMargin, DecreeLayout.LeftMargin, DecreeLayout.RightMargin })
        {
            var millimetres = margin.Twips * 25.4 / 1440;
            Assert.InRange(millimetres, margin.MinMillimetres, margin.MaxMillimetres);
        }

        Assert.Equal(11906, DecreeLayout.PaperWidthTwips);
        Assert.Equal(16838, DecreeLayout.PaperHeightTwips);
        Assert.Equal(851, DecreeLayout.RightMargin.Twips);
        Assert.InRange(DecreeLayout.ShortRuleFraction, 1.0 / 3, 0.5);
    }
}
