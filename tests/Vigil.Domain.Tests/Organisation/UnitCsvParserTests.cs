using System.Text;
using Vigil.Domain.Organisation;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Domain.Tests.Organisation;

public class UnitCsvParserTests
{
    private const string GoodFile =
        "code,name,parent_code,kind,former_district,time_zone,contact_name,contact_phone,contact_email,address\n" +
        "DB,Tỉnh Điện Biên,,Tỉnh,,,,,,\n" +
        "DB-MUONGANG,Xã Mường Ảng,DB,xã,Huyện Mường Ảng,Asia/Ho_Chi_Minh,Lò Văn Thắng,0215 3 812 345,cntt@muongang.dienbien.gov.vn,\"Tổ dân phố 4, xã Mường Ảng\"\n" +
        "DB-MUONGANG-THCS,Trường THCS Mường Ảng,DB-MUONGANG,TRƯỜNG,,,,,,\n" +
        "DB-MUONGANG-TYT,Trạm Y tế xã Mường Ảng,db-muongang,tram y te,,,,,,\n";

    [Fact]
    public void Good_file_yields_normalised_rows_with_diacritics_kept()
    {
        var result = UnitCsvParser.Parse(GoodFile);

        Assert.Empty(result.Errors);
        Assert.Equal(4, result.Rows.Count);
        var commune = result.Rows[1];
        Assert.Equal(3, commune.Row);
        Assert.Equal("DB-MUONGANG", commune.Code);
        Assert.Equal("Xã Mường Ảng", commune.Name);
        Assert.Equal("DB", commune.ParentCode);
        Assert.Equal(UnitKind.Commune, commune.Kind);
        Assert.Equal("Huyện Mường Ảng", commune.FormerDistrict);
        Assert.Equal("cntt@muongang.dienbien.gov.vn", commune.ContactEmail);
        Assert.Equal("Tổ dân phố 4, xã Mường Ảng", commune.Address);
        Assert.Equal(UnitKind.Province, result.Rows[0].Kind);
        Assert.Null(result.Rows[0].ParentCode);
        Assert.Equal(UnitTree.DefaultTimeZone, result.Rows[0].TimeZone);
        Assert.Equal(UnitKind.School, result.Rows[2].Kind);
        Assert.Equal("DB-MUONGANG", result.Rows[3].ParentCode);
        Assert.Equal(UnitKind.Clinic, result.Rows[3].Kind);
    }

    [Fact]
    public void Semicolon_separated_file_with_bom_and_crlf_is_read_like_the_comma_file()
    {
        // Every separator becomes ';' except the comma inside the quoted address, which is data.
        const string address = "Tổ dân phố 4, xã Mường Ảng";
        var text = GoodFile.Replace(address, "ADDRESS", StringComparison.Ordinal).Replace(',', ';').Replace("ADDRESS", address, StringComparison.Ordinal).Replace("\n", "\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = UnitCsvParser.Parse(bytes);

        Assert.Empty(result.Errors);
        Assert.Equal(UnitCsvParser.Parse(GoodFile).Rows, result.Rows);
    }

    [Fact]
    public void Header_names_are_case_insensitive_and_columns_may_be_reordered_or_omitted()
    {
        var result = UnitCsvParser.Parse("NAME;Parent Code;CODE\r\nPhường Đông Kinh;;LS-DONGKINH\r\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal("LS-DONGKINH", row.Code);
        Assert.Equal("Phường Đông Kinh", row.Name);
        Assert.Equal(UnitKind.Other, row.Kind);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_count_records_not_lines()
    {
        var text = "code,name,address\n" +
                   "A,\"Sở Tài chính, tỉnh Lạng Sơn\",\"Số 1 \"\"Hùng Vương\"\"\nphường Đông Kinh\"\n" +
                   "B,Trường Tiểu học,\n" +
                   "C,,\n";

        var result = UnitCsvParser.Parse(text);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "name", "unit.name_required"), (error.Row, error.Column, error.Code));

        var valid = UnitCsvParser.Parse(text.Replace("C,,", "C,x,"));
        Assert.Equal("Sở Tài chính, tỉnh Lạng Sơn", valid.Rows[0].Name);
        Assert.Equal("Số 1 \"Hùng Vương\"\nphường Đông Kinh", valid.Rows[0].Address);
        Assert.Equal(3, valid.Rows[1].Row);
    }

    [Theory]
    [InlineData("Province", UnitKind.Province)]
    [InlineData("special zone", UnitKind.SpecialZone)]
    [InlineData("SpecialZone", UnitKind.SpecialZone)]
    [InlineData("Đặc khu", UnitKind.SpecialZone)]
    [InlineData("PHƯỜNG", UnitKind.Ward)]
    [InlineData("phuong", UnitKind.Ward)]
    [InlineData("Sở", UnitKind.Department)]
    [InlineData("cơ quan", UnitKind.Agency)]
    [InlineData("Trạm  Y  tế", UnitKind.Clinic)]
    [InlineData("khác", UnitKind.Other)]
    public void Kinds_are_accepted_in_english_and_vietnamese(string word, UnitKind expected)
    {
        Assert.True(UnitKindNames.TryParse(word, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("code,name\n,Xã A\n", 2, "code", "unit.code_required")]
    [InlineData("code,name\nA,\n", 2, "name", "unit.name_required")]
    [InlineData("code,name\nA B,Xã A\n", 2, "code", "unit.code_invalid")]
    [InlineData("code,name,kind\nA,Xã A,huyện\n", 2, "kind", "unit.kind_unknown")]
    [InlineData("code,name\nA,Xã A\nB,Xã B\na,Xã A lần hai\n", 4, "code", "unit.code_duplicate")]
    [InlineData("code,name,kind\nA,Xã A,quận\na,Xã A lần hai,xã\n", 3, "code", "unit.code_duplicate")]
    [InlineData("code,name,contact_email\nA,Xã A,cntt@@x.vn\n", 2, "contact_email", "unit.email_invalid")]
    [InlineData("code,name,contact_email\nA,Xã A,cntt@localhost\n", 2, "contact_email", "unit.email_invalid")]
    [InlineData("code,name,time_zone\nA,Xã A,Asia/Hanoi_Nowhere\n", 2, "time_zone", "unit.time_zone_unknown")]
    [InlineData("code,name,parent_code\nA,Xã A,B C\n", 2, "parent_code", "unit.code_invalid")]
    [InlineData("code,name\nA,Xã A,extra\n", 2, "-", "csv.too_many_fields")]
    [InlineData("code,nam\nA,Xã A\n", 1, "nam", "csv.column_unknown")]
    [InlineData("name,kind\nXã A,xã\n", 1, "code", "csv.column_missing")]
    [InlineData("code,name,Code\nA,Xã A,B\n", 1, "code", "csv.column_duplicate")]
    [InlineData("code,name\nA,\"Xã A\nB,Xã B\n", 2, "-", "csv.unterminated_quote")]
    [InlineData("", 1, "-", "csv.empty")]
    public void Each_error_names_its_row_and_column(string text, int row, string column, string code)
    {
        var result = UnitCsvParser.Parse(text);

        Assert.Empty(result.Rows);
        Assert.Contains(result.Errors, e => e.Row == row && e.Column == column && e.Code == code);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted()
    {
        var result = UnitCsvParser.Parse("code,name\n\nA,Xã A\n,,\nB,\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Row);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("code,name\nA,Xã A\nB,X").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var error = Assert.Single(UnitCsvParser.Parse(bytes).Errors);

        Assert.Equal(("csv.not_utf8", 3), (error.Code, error.Row));
    }

    [Fact]
    public void Any_error_means_no_rows()
    {
        var result = UnitCsvParser.Parse("code,name,kind\nA,Xã A,xã\nB,Xã B,quận\n");

        Assert.False(result.IsValid);
        Assert.Empty(result.Rows);
    }
}
