using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;
using Vigil.Server.Features.Documents;

namespace Vigil.Server.Tests.Documents;

/// <summary>The .docx itself: schema-valid, A4 with the decree's margins, and each element in its size and face.</summary>
public sealed class AdministrativeDocxWriterTests
{
    private readonly AdministrativeDocxWriter writer = new();

    [Fact]
    public void Report_and_letter_are_valid_wordprocessing_documents()
    {
        foreach (var document in new[] { SampleDocuments.Report(), SampleDocuments.Letter(), SampleDocuments.LongReport(80) })
        {
            using var docx = Open(Write(document));
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(docx).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Page_is_A4_portrait_with_the_decree_margins_and_numbers_from_page_two()
    {
        using var docx = Open(Write(SampleDocuments.Report()));
        var main = docx.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);

        var margin = section.GetFirstChild<PageMargin>()!;
        InRange(margin.Top!.Value, 20, 25);
        InRange(margin.Bottom!.Value, 20, 25);
        InRange(margin.Left!.Value, 30, 35);
        InRange(margin.Right!.Value, 15, 20);

        // Different first page: its header is empty, the others carry a centred PAGE field in the top margin.
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var headers = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => (HeaderPart)main.GetPartById(h.Id!));
        Assert.Equal("", headers[HeaderFooterValues.First].Header.InnerText);
        var field = headers[HeaderFooterValues.Default].Header.Descendants<SimpleField>().Single();
        Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
        Assert.Equal(JustificationValues.Center, field.Parent!.GetFirstChild<ParagraphProperties>()!.Justification!.Val!.Value);
        Assert.True(margin.Header!.Value < (uint)margin.Top.Value, "the page number sits inside the top margin");
    }

    [Fact]
    public void Every_run_is_Times_New_Roman_and_key_elements_have_the_decree_sizes_and_faces()
    {
        using var docx = Open(Write(SampleDocuments.Report()));
        var main = docx.MainDocumentPart!;
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        Assert.All(main.Document.Descendants<Run>(), run => Assert.Equal("Times New Roman", run.RunProperties!.RunFonts!.HighAnsi!.Value));

        // Size in points, bold, italic — Phụ lục I, Mục V of the decree.
        Face(main, "UBND HUYỆN BẢO THẮNG", 12, bold: false, italic: false);
        Face(main, "PHÒNG VĂN HÓA VÀ THÔNG TIN", 12, bold: true, italic: false);
        Face(main, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold: true, italic: false);
        Face(main, "Độc lập - Tự do - Hạnh phúc", 13, bold: true, italic: false);
        Face(main, "Số: 45/BC-VHTT", 13, bold: false, italic: false);
        Face(main, "Bảo Thắng, ngày 23 tháng 5 năm 2024", 13, bold: false, italic: true);
        Face(main, "BÁO CÁO", 14, bold: true, italic: false);
        Face(main, "Kết quả rà soát, nâng cấp máy tính và thiết bị mạng", 14, bold: true, italic: false);
        Face(main, "Kính gửi: Ủy ban nhân dân huyện Bảo Thắng", 14, bold: false, italic: false);
        Face(main, "I. KẾT QUẢ RÀ SOÁT", 14, bold: true, italic: false);
        Face(main, "Nơi nhận:", 12, bold: true, italic: true);
        Face(main, "- Như trên;", 11, bold: false, italic: false);
        Face(main, "- Lưu: VT, VHTT.", 11, bold: false, italic: false);
        Face(main, "KT. TRƯỞNG PHÒNG", 14, bold: true, italic: false);
        Face(main, "PHÓ TRƯỞNG PHÒNG", 14, bold: true, italic: false);
        Face(main, "Nguyễn Thị Hằng", 14, bold: true, italic: false);

        var body = Paragraph(main, "Các cơ quan, đơn vị đã rà soát");
        Assert.Equal(JustificationValues.Both, body.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("720", body.ParagraphProperties.Indentation!.FirstLine!.Value);
        Assert.True(int.Parse(body.ParagraphProperties.SpacingBetweenLines!.After!.Value!) >= 120, "at least 6 pt between paragraphs");
    }

    [Fact]
    public void Letter_puts_its_subject_after_V_v_under_the_number_and_lists_several_addressees()
    {
        using var docx = Open(Write(SampleDocuments.Letter()));
        var main = docx.MainDocumentPart!;
        var header = main.Document.Body!.Elements<Table>().First();
        var numberCell = header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First();
        Assert.Equal(["Số: 08/SKHCN-CNTT", "V/v rà soát, nâng cấp máy tính sử dụng Windows XP, Windows 7"], numberCell.Elements<Paragraph>().Select(p => p.InnerText));
        Face(main, "V/v rà soát, nâng cấp máy tính sử dụng Windows XP, Windows 7", 12, bold: false, italic: false);
        Face(main, "Lào Cai, ngày 05 tháng 02 năm 2025", 13, bold: false, italic: true);
        Assert.DoesNotContain(main.Document.Descendants<Paragraph>(), p => p.InnerText == "BÁO CÁO");

        var texts = main.Document.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var at = texts.IndexOf("Kính gửi:");
        Assert.Equal(["- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường."], texts.Skip(at + 1).Take(2));
        Assert.Equal(["- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở;", "- Lưu: VT, CNTT."], texts.SkipWhile(t => t != "Nơi nhận:").Skip(1).Take(4));
        var bold = main.Document.Descendants<Run>().Single(r => r.InnerText == "lên Windows 10 trở lên");
        Assert.NotNull(bold.RunProperties!.Bold);
    }

    [Fact]
    public void Figures_table_has_a_repeated_bold_header_aligned_cells_and_a_bold_totals_row()
    {
        using var docx = Open(Write(SampleDocuments.Report()));
        var table = docx.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Tổng cộng"));
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(1 + SampleDocuments.Units.Length + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        Assert.Equal(["", "Tổng cộng", "64", "43", "21", "16", "14"], rows[^1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.All(rows[^1].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        var figure = rows[1].Elements<TableCell>().ElementAt(2).Descendants<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, figure.ParagraphProperties!.Justification!.Val!.Value);
        var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        Assert.Equal(BorderValues.Single, borders.GetFirstChild<InsideHorizontalBorder>()!.Val!.Value);
    }

    [Fact]
    public void An_invalid_document_is_an_error_not_a_file()
    {
        var result = writer.ToDocx(SampleDocuments.Report() with { Number = null, Signature = new SignatureBlock(null, "GIÁM ĐỐC", " ") });
        Assert.False(result.IsSuccess);
        Assert.Equal(DocumentErrors.NumberMissing, result.Error!.Code);
        Assert.Equal("number", result.Error.Location);
        Assert.Contains("name is missing", result.Error.Message);

        using var output = new MemoryStream();
        Assert.False(writer.Write(SampleDocuments.Letter() with { Addressees = [] }, output).IsSuccess);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Write_to_a_stream_gives_the_same_document_as_ToDocx()
    {
        using var output = new MemoryStream();
        var written = writer.Write(SampleDocuments.Report(), output);
        Assert.True(written.IsSuccess);
        Assert.Equal(output.Length, written.Value);
        // The zip entries carry the time of writing and the part ids are random, so compare the text, not the bytes.
        using var streamed = Open(output.ToArray());
        using var direct = Open(Write(SampleDocuments.Report()));
        Assert.Equal(Paragraphs(direct), Paragraphs(streamed));
    }

    internal static void InRange(int twips, double minMm, double maxMm) => InRange((uint)twips, minMm, maxMm);

    internal static void InRange(uint twips, double minMm, double maxMm)
    {
        var mm = twips * 25.4 / 1440;
        Assert.True(mm >= minMm && mm <= maxMm, $"{mm:0.00} mm is outside {minMm}–{maxMm} mm");
    }

    private byte[] Write(AdministrativeDocument document)
    {
        var result = writer.ToDocx(document);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private static List<string> Paragraphs(WordprocessingDocument docx) =>
        docx.MainDocumentPart!.Document.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static Paragraph Paragraph(MainDocumentPart main, string startsWith) =>
        main.Document.Descendants<Paragraph>().First(p => p.InnerText.StartsWith(startsWith, StringComparison.Ordinal));

    private static void Face(MainDocumentPart main, string text, double points, bool bold, bool italic)
    {
        var paragraph = main.Document.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText == text);
        Assert.True(paragraph is not null, $"no paragraph reads '{text}'");
        foreach (var run in paragraph.Descendants<Run>())
        {
            var properties = run.RunProperties!;
            Assert.True(((int)(points * 2)).ToString() == properties.FontSize!.Val!.Value, $"'{text}': size {properties.FontSize.Val.Value} half-points, expected {points} pt");
            Assert.True(bold == (properties.Bold is not null), $"'{text}': bold should be {bold}");
            Assert.True(italic == (properties.Italic is not null), $"'{text}': italic should be {italic}");
        }
    }
}
