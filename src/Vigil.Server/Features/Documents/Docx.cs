using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;

namespace Vigil.Server.Features.Documents;

/// <summary>
/// Small builders of WordprocessingML elements in schema order (the validator checks child order), all in the
/// decree's font.
/// </summary>
internal static class Docx
{
    /// <summary>A run in <paramref name="style"/>, capitalised when the style says so; emphasis may be added.</summary>
    public static Run Run(string text, TextStyle style, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties(Fonts());
        if (style.Bold || bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (style.Italic || italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        properties.Append(
            new FontSize { Val = style.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = style.HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var run = new Run(properties);
        var parts = (style.Capitals ? text.ToUpperInvariant() : text).Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            // A tab inside w:t is just white space to Word; w:tab is a real tab stop.
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            if (parts[i].Length > 0)
            {
                run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    public static RunFonts Fonts() => new()
    {
        Ascii = DecreeLayout.FontFamily,
        HighAnsi = DecreeLayout.FontFamily,
        ComplexScript = DecreeLayout.FontFamily,
        EastAsia = DecreeLayout.FontFamily,
    };

    /// <summary>A paragraph of one run.</summary>
    public static Paragraph Line(string text, TextStyle style, JustificationValues justification, int before = 0, int after = 0, bool keepNext = false) =>
        Paragraph(justification, before, after, keepNext, Run(text, style));

    public static Paragraph Paragraph(JustificationValues justification, int before, int after, bool keepNext, params OpenXmlElement[] runs)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(Spacing(before, after), new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Single line spacing with the given space before and after, in twips.</summary>
    public static SpacingBetweenLines Spacing(int before, int after) => new()
    {
        Before = Twips(before),
        After = Twips(after),
        Line = "240",
        LineRule = LineSpacingRuleValues.Auto,
    };

    /// <summary>
    /// A solid rule <paramref name="length"/> twips long, centred in <paramref name="width"/>: an empty, three-point
    /// paragraph whose bottom border is narrowed by equal indents. It stays in the text flow, so LibreOffice and Word
    /// place it the same way, unlike a floating drawing.
    /// </summary>
    public static Paragraph Rule(int length, int width)
    {
        var side = Math.Max(0, (width - Math.Min(length, width)) / 2);
        return new Paragraph(new ParagraphProperties(
            new KeepNext(),
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 0U, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = Twips(side), Right = Twips(side) },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    /// <summary>
    /// The paragraph WordprocessingML needs after a final table: one point high, so that a page the closing just fills
    /// does not spill an empty line (and a page number) onto a page of its own.
    /// </summary>
    public static Paragraph EndMark() => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" })));

    /// <summary>An empty paragraph: separates two tables, which would otherwise merge into one.</summary>
    public static Paragraph Spacer(int after = 0) => new(new ParagraphProperties(
        Spacing(0, after),
        new ParagraphMarkRunProperties(new FontSize { Val = "12" })));

    /// <summary>A table without borders laying out blocks side by side (the header and the closing of the decree).</summary>
    public static Table LayoutTable(params int[] columnWidths)
    {
        var properties = new TableProperties(
            new TableWidth { Width = Twips(columnWidths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }));
        return new Table(properties, Grid(columnWidths));
    }

    public static TableGrid Grid(IEnumerable<int> columnWidths) => new(columnWidths.Select(w => new GridColumn { Width = Twips(w) }));

    /// <summary>A cell of <paramref name="width"/> twips holding the given paragraphs (a cell needs at least one).</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, TableVerticalAlignmentValues? align = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (align is { } vertical)
        {
            properties.Append(new TableCellVerticalAlignment { Val = vertical });
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
