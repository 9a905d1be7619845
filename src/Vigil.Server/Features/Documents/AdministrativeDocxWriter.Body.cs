using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;

namespace Vigil.Server.Features.Documents;

public sealed partial class AdministrativeDocxWriter
{
    private static readonly int FirstLineIndent = (int)Math.Round(DecreeLayout.FirstLineIndentMillimetres * 1440 / 25.4);
    private static readonly int ParagraphSpacing = (int)(DecreeLayout.ParagraphSpacingPoints * 20);

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block) => block switch
    {
        BodyParagraph paragraph => [BodyText(paragraph)],
        BodyHeading heading => [Heading(heading)],
        // The spacer keeps a following table (or the closing) from merging into this one.
        BodyTable table => [FiguresTable(table), Docx.Spacer(after: ParagraphSpacing)],
        _ => throw new InvalidOperationException("Unknown body block " + block.GetType().Name),
    };

    /// <summary>Justified, first line indented 1.27 cm, 6 pt after, single spacing (Mục II, khoản 6, điểm e).</summary>
    private static Paragraph BodyText(BodyParagraph paragraph)
    {
        var result = new Paragraph(new ParagraphProperties(
            Docx.Spacing(0, ParagraphSpacing),
            new Indentation { FirstLine = Docx.Twips(FirstLineIndent) },
            new Justification { Val = JustificationValues.Both }));
        foreach (var run in paragraph.Runs)
        {
            result.Append(Docx.Run(run.Text, DecreeLayout.Body, run.Bold, run.Italic));
        }

        return result;
    }

    private static Paragraph Heading(BodyHeading heading)
    {
        var style = heading.Level == HeadingLevel.Section ? DecreeLayout.SectionHeading : DecreeLayout.ClauseHeading;
        return new Paragraph(
            new ParagraphProperties(
                new KeepNext(),
                Docx.Spacing(ParagraphSpacing, ParagraphSpacing),
                new Indentation { FirstLine = Docx.Twips(FirstLineIndent) },
                new Justification { Val = JustificationValues.Both }),
            Docx.Run(heading.Text, style));
    }

    /// <summary>
    /// A bordered table across the text width: the header row bold, centred and repeated on every page, rows never
    /// split across pages, the totals row bold.
    /// </summary>
    private static Table FiguresTable(BodyTable table)
    {
        var totalWeight = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => TextAreaWidth * c.Weight / totalWeight).ToArray();
        widths[^1] += TextAreaWidth - widths.Sum();

        var line = new Func<OpenXmlElement>[] { () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders(line.Select(make =>
        {
            var border = (BorderType)make();
            border.Val = BorderValues.Single;
            border.Size = 4U;
            border.Space = 0U;
            border.Color = "000000";
            return (OpenXmlElement)border;
        }));
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = Docx.Twips(TextAreaWidth), Type = TableWidthUnitValues.Dxa },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 40, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 40, Type = TableWidthValues.Dxa })),
            Docx.Grid(widths));

        result.Append(Row(table.Columns.Select(c => c.Header).ToList(), widths, table.Columns, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, widths, table.Columns, header: false));
        }

        if (table.Totals is { } totals)
        {
            result.Append(Row(totals, widths, table.Columns, header: false, bold: true));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, IReadOnlyList<TableColumn> columns, bool header, bool bold = false)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var justification = header ? JustificationValues.Center : columns[i].Alignment switch
            {
                ColumnAlignment.Right => JustificationValues.Right,
                ColumnAlignment.Center => JustificationValues.Center,
                _ => JustificationValues.Left,
            };
            var paragraph = Docx.Paragraph(justification, 0, 0, false, Docx.Run(cells[i], DecreeLayout.Table, bold: header || bold));
            row.Append(Docx.Cell(widths[i], [paragraph], TableVerticalAlignmentValues.Center));
        }

        return row;
    }
}
