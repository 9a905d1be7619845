namespace Vigil.Domain.Documents;

/// <summary>A body paragraph: justified, first line indented, upright unless a run says otherwise (khoản 6, điểm e).</summary>
public sealed record BodyParagraph(IReadOnlyList<TextRun> Runs) : DocumentBlock
{
    /// <summary>A paragraph of one plain run.</summary>
    public static BodyParagraph Plain(string text) => new([new TextRun(text)]);

    /// <summary>A paragraph of several runs, e.g. a bold label followed by plain text.</summary>
    public static BodyParagraph Of(params TextRun[] runs) => new(runs);

    /// <summary>The paragraph's text without emphasis.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
