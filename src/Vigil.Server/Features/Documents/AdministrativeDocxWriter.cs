using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Common;
using Vigil.Domain.Documents;

namespace Vigil.Server.Features.Documents;

/// <summary>
/// Writes an <see cref="AdministrativeDocument"/> as a .docx laid out per Phụ lục I of Nghị định 30/2020/NĐ-CP
/// (<see cref="DecreeLayout"/>): A4 with the decree's margins, Times New Roman, the two-column header, the type and
/// subject, the addressees, the body, and the distribution list beside the signer. Page numbers are centred in the top
/// margin from page 2 on. Stateless and thread-safe.
/// </summary>
public sealed partial class AdministrativeDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Width between the margins: 11906 − 1701 − 851 twips.</summary>
    internal static readonly int TextAreaWidth = DecreeLayout.PaperWidthTwips - DecreeLayout.LeftMargin.Twips - DecreeLayout.RightMargin.Twips;

    /// <summary>The document as .docx bytes, or the document's first validation problem.</summary>
    public Result<byte[]> ToDocx(AdministrativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.FirstProblem() is { } problem)
        {
            return problem;
        }

        using var buffer = new MemoryStream();
        Build(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the .docx to <paramref name="output"/> (any writable stream); returns the bytes written.</summary>
    public Result<long> Write(AdministrativeDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var docx = ToDocx(document);
        if (!docx.IsSuccess)
        {
            return docx.Error!;
        }

        output.Write(docx.Value);
        return (long)docx.Value!.Length;
    }

    private static void Build(AdministrativeDocument document, Stream stream)
    {
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = document.Kind!.Subject;
        package.PackageProperties.Creator = document.IssuingBody;
        package.PackageProperties.Language = "vi-VN";
        var main = package.AddMainDocumentPart();
        AddStyles(main);

        var body = new Body();
        body.Append(Header(document));
        body.Append(Title(document));
        body.Append(AddresseeBlock(document));
        foreach (var block in document.Body)
        {
            body.Append(Block(block));
        }

        body.Append(Closing(document));
        body.Append(Section(main));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Times New Roman at the body size and Vietnamese as the language, so every run inherits them.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var size = DecreeLayout.Body.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Docx.Fonts(),
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Table Normal" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        styles.Styles.Save();
    }

    /// <summary>
    /// A4 portrait with the decree's margins (Mục I, khoản 1–3); an empty header on the first page and the page number
    /// centred in the top margin of the others (Mục I, khoản 7).
    /// </summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph(new ParagraphProperties(Docx.Spacing(0, 0))));
        first.Header.Save();

        var numbered = main.AddNewPart<HeaderPart>();
        var pageNumber = Docx.Paragraph(JustificationValues.Center, 0, 0, false,
            new SimpleField(Docx.Run("2", DecreeLayout.PageNumber)) { Instruction = " PAGE " });
        numbered.Header = new Header(pageNumber);
        numbered.Header.Save();

        // The header sits 10 mm from the top edge, inside the 20 mm margin, so the number never pushes the text down.
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (UInt32Value)(uint)DecreeLayout.PaperWidthTwips, Height = (UInt32Value)(uint)DecreeLayout.PaperHeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = DecreeLayout.TopMargin.Twips,
                Bottom = DecreeLayout.BottomMargin.Twips,
                Left = (UInt32Value)(uint)DecreeLayout.LeftMargin.Twips,
                Right = (UInt32Value)(uint)DecreeLayout.RightMargin.Twips,
                Header = (UInt32Value)(uint)DecreeLayout.MillimetresToTwipsCeiling(10),
                Footer = (UInt32Value)(uint)DecreeLayout.MillimetresToTwipsCeiling(10),
                Gutter = 0U,
            },
            new TitlePage());
    }
}
