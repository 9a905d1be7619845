using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;
using Vigil.Server.Features.Documents;

namespace Vigil.Server.Tests.Documents;

/// <summary>
/// Seeded random documents, with odd text (control characters, lone surrogates, emoji, tabs, long words): each is
/// either refused by validation or written as a schema-valid .docx that keeps every character it was given.
/// </summary>
public sealed class AdministrativeDocxFuzzTests
{
    private static readonly string[] Pieces =
    [
        "Sở", "Khoa học", "và", "Công nghệ", "Lào Cai", "ỦY BAN NHÂN DÂN", "đ", "Ư", "ữ", "Báo cáo", "\t", " ", "  ", "-", "/", ";", ".",
        "12.345", "\u0001", "\ud83d\ude00", "\ud800", "\u00a0", "<w:t>", "&amp;", "\"", "Windows XP", new string('x', 120), "e\u0301",
    ];

    [Fact]
    public void Random_documents_are_refused_or_written_valid_and_whole()
    {
        var random = new Random(20240523);
        var writer = new AdministrativeDocxWriter();
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        var written = 0;
        for (var round = 0; round < 150; round++)
        {
            var document = RandomDocument(random);
            var result = writer.ToDocx(document);
            if (!result.IsSuccess)
            {
                Assert.NotEmpty(document.Validate());
                Assert.StartsWith("document.", result.Error!.Code, StringComparison.Ordinal);
                continue;
            }

            written++;
            using var docx = WordprocessingDocument.Open(new MemoryStream(result.Value!), false);
            var errors = validator.Validate(docx).ToList();
            Assert.True(errors.Count == 0, $"round {round}: " + string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
            var text = string.Concat(docx.MainDocumentPart!.Document.Descendants().Select(e => e switch
            {
                Text t => t.Text,
                TabChar => "\t",
                _ => "",
            }));
            foreach (var paragraph in document.Body.OfType<BodyParagraph>())
            {
                Assert.Contains(paragraph.Text, text, StringComparison.Ordinal);
            }
        }

        Assert.InRange(written, 20, 140);
    }

    private static AdministrativeDocument RandomDocument(Random random)
    {
        string Words(int most) => string.Concat(Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => Pieces[random.Next(Pieces.Length)] + " ")).TrimEnd(' ');
        string Clean(int most)
        {
            var text = Words(most);
            // Mostly keep to text a person could type, so that a good share of documents pass validation.
            return random.Next(4) == 0 ? text : new string(text.Where(c => !char.IsControl(c) || c == '\t').Where(c => !char.IsSurrogate(c)).ToArray());
        }

        var columns = random.Next(0, 4);
        var rows = Enumerable.Range(0, random.Next(0, 5)).Select(_ => (IReadOnlyList<string>)Enumerable.Range(0, columns + (random.Next(8) == 0 ? 1 : 0)).Select(_ => Clean(3)).ToList()).ToList();
        var body = new List<DocumentBlock> { BodyParagraph.Of(new TextRun(Clean(8) + "x"), new TextRun(Clean(4), random.Next(2) == 0, random.Next(2) == 0)) };
        if (random.Next(2) == 0)
        {
            body.Add(new BodyHeading(Clean(5) + "y", random.Next(2) == 0 ? HeadingLevel.Section : HeadingLevel.Clause));
        }

        if (random.Next(2) == 0)
        {
            body.Add(new BodyTable(Enumerable.Range(0, columns).Select(_ => new TableColumn(Clean(2), (ColumnAlignment)random.Next(3), random.Next(0, 5))).ToList(), rows,
                random.Next(2) == 0 ? null : Enumerable.Range(0, columns).Select(_ => Clean(1)).ToList()));
        }

        return new AdministrativeDocument
        {
            ParentBody = Clean(3),
            IssuingBody = Clean(4) + "z",
            Number = random.Next(10) == 0 ? null : new DocumentNumber(random.Next(-1, 200) is var n && n == 199 ? null : n, random.Next(6) == 0 ? Clean(2) : "BC-VIGIL"),
            Place = Clean(2) + "p",
            Date = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 12000)),
            Kind = random.Next(2) == 0 ? new TitledDocument(Clean(2) + "T", Clean(6) + "s") : new OfficialLetter(Clean(6)),
            Addressees = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Clean(4) + "a").ToList(),
            Body = body,
            Distribution = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Clean(3) + "d").ToList(),
            Signature = new SignatureBlock(random.Next(2) == 0 ? null : new SigningAuthority((SigningCapacity)random.Next(4), Clean(2) + "g"), Clean(2) + "t", Clean(3) + "n"),
        };
    }
}
