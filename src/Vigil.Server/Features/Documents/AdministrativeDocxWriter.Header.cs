using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;

namespace Vigil.Server.Features.Documents;

public sealed partial class AdministrativeDocxWriter
{
    /// <summary>
    /// Width of the header's left column (boxes 2, 3, 5b); the right column (boxes 1 and 4) takes the rest, enough for
    /// the national title at 12 pt on one line.
    /// </summary>
    private const int HeaderLeftWidth = 4174;

    /// <summary>Both columns' cells have 57-twip (1 mm) side margins.</summary>
    private const int CellSideMargins = 114;

    /// <summary>
    /// The header as a borderless table of two rows: the bodies beside the national title and motto, then the number
    /// (and a letter's V/v subject) beside the place and date, so that those two share a line (Mục II, khoản 4, điểm c).
    /// </summary>
    private static Table Header(AdministrativeDocument document)
    {
        var rightWidth = TextAreaWidth - HeaderLeftWidth;
        var table = Docx.LayoutTable(HeaderLeftWidth, rightWidth);

        var bodies = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(document.ParentBody))
        {
            bodies.Add(Docx.Line(document.ParentBody, DecreeLayout.ParentBody, JustificationValues.Center));
        }

        bodies.Add(Docx.Line(document.IssuingBody, DecreeLayout.IssuingBody, JustificationValues.Center));
        var issuing = Math.Min(TextWidth(document.IssuingBody.ToUpperInvariant(), DecreeLayout.IssuingBody), HeaderLeftWidth - CellSideMargins);
        bodies.Add(Docx.Rule((int)(issuing * DecreeLayout.ShortRuleFraction), HeaderLeftWidth - CellSideMargins));

        var national = new List<OpenXmlElement>
        {
            Docx.Line(DecreeLayout.NationalTitleText, DecreeLayout.NationalTitle, JustificationValues.Center),
            Docx.Line(DecreeLayout.MottoText, DecreeLayout.Motto, JustificationValues.Center),
            Docx.Rule(TextWidth(DecreeLayout.MottoText, DecreeLayout.Motto), rightWidth - CellSideMargins),
        };
        table.Append(new TableRow(Docx.Cell(HeaderLeftWidth, bodies), Docx.Cell(rightWidth, national)));

        // 6 pt above the number and the date lines; a letter's subject comes 6 pt under the number (khoản 5, điểm b).
        var numbering = new List<OpenXmlElement> { Docx.Line(document.Number!.Line, DecreeLayout.Number, JustificationValues.Center, before: 120) };
        if (document.Kind is OfficialLetter letter)
        {
            numbering.Add(Docx.Line("V/v " + letter.Subject, DecreeLayout.LetterSubject, JustificationValues.Center, before: 120));
        }

        var dated = new[] { Docx.Line(document.PlaceAndDateLine, DecreeLayout.PlaceAndDate, JustificationValues.Center, before: 120) };
        table.Append(new TableRow(Docx.Cell(HeaderLeftWidth, numbering), Docx.Cell(rightWidth, dated)));
        return table;
    }

    /// <summary>The type name and subject of a titled document, with the short rule under the subject (box 5a).</summary>
    private static IEnumerable<OpenXmlElement> Title(AdministrativeDocument document)
    {
        if (document.Kind is not TitledDocument titled)
        {
            return [];
        }

        var subject = Math.Min(TextWidth(titled.Subject, DecreeLayout.Subject), TextAreaWidth);
        return
        [
            Docx.Line(titled.TypeName, DecreeLayout.TypeName, JustificationValues.Center, before: 360, keepNext: true),
            Docx.Line(titled.Subject, DecreeLayout.Subject, JustificationValues.Center, keepNext: true),
            Docx.Rule((int)(subject * DecreeLayout.ShortRuleFraction), TextAreaWidth),
        ];
    }

    /// <summary>
    /// "Kính gửi:" with one addressee on its line; with several, each on its own line under the colon, starting with a
    /// dash and ending with ";" — the last with "." (box 9a).
    /// </summary>
    private static List<OpenXmlElement> AddresseeBlock(AdministrativeDocument document)
    {
        var names = document.Addressees;
        if (names.Count == 0)
        {
            return [Docx.Spacer(after: 120)];
        }

        const string label = "Kính gửi";
        if (names.Count == 1)
        {
            return [Docx.Line($"{label}: {Unpunctuated(names[0])}", DecreeLayout.Addressee, JustificationValues.Center, before: 240, after: 240)];
        }

        // The block starts a fifth of the way in, so it sits roughly centred like the single-line form.
        var start = TextAreaWidth / 5;
        var under = start + TextWidth(label, DecreeLayout.Addressee);
        var lines = new List<OpenXmlElement> { Indented(label + ":", start, before: 240) };
        for (var i = 0; i < names.Count; i++)
        {
            var last = i == names.Count - 1;
            lines.Add(Indented($"- {Unpunctuated(names[i])}{(last ? "." : ";")}", under, after: last ? 240 : 0));
        }

        return lines;
    }

    private static Paragraph Indented(string text, int left, int before = 0, int after = 0) => new(
        new ParagraphProperties(Docx.Spacing(before, after), new Indentation { Left = Docx.Twips(left) }, new Justification { Val = JustificationValues.Left }),
        Docx.Run(text, DecreeLayout.Addressee));

    private static int TextWidth(string text, TextStyle style) => Documents.TextWidth.Twips(style.Capitals ? text.ToUpperInvariant() : text, style.Points, style.Bold);

    /// <summary>The text without the trailing punctuation the writer adds itself, so "Như trên;" does not become "Như trên;;".</summary>
    private static string Unpunctuated(string text) => text.Trim().TrimEnd(';', '.', ',').TrimEnd();
}
