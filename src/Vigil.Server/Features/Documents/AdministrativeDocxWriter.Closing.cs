using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Vigil.Domain.Documents;

namespace Vigil.Server.Features.Documents;

public sealed partial class AdministrativeDocxWriter
{
    /// <summary>Width of the closing's left column, the distribution list (box 9b); the signer (7a–7c) takes the rest.</summary>
    private const int ClosingLeftWidth = 4253;

    /// <summary>Room for the handwritten signature and the seal between the title and the name.</summary>
    private const int SignatureSpace = 1600;

    /// <summary>
    /// The distribution list beside the signer, in a borderless table so that "Nơi nhận:" sits flush left on the line
    /// of the signer's authority (Mục II, khoản 9, box 9b). The rows do not split, keeping the signer with the list.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Closing(AdministrativeDocument document)
    {
        var rightWidth = TextAreaWidth - ClosingLeftWidth;
        var table = Docx.LayoutTable(ClosingLeftWidth, rightWidth);

        var distribution = new List<OpenXmlElement> { Docx.Line("Nơi nhận:", DecreeLayout.DistributionLabel, JustificationValues.Left) };
        var items = document.Distribution;
        for (var i = 0; i < items.Count; i++)
        {
            var last = i == items.Count - 1;
            distribution.Add(Docx.Line($"- {Unpunctuated(items[i])}{(last ? "." : ";")}", DecreeLayout.DistributionItem, JustificationValues.Left));
        }

        var signature = document.Signature!;
        var signer = new List<OpenXmlElement>();
        if (signature.Authority is { } authority)
        {
            signer.Add(Docx.Line(authority.Line, DecreeLayout.SignerTitle, JustificationValues.Center, keepNext: true));
        }

        signer.Add(Docx.Line(signature.Title, DecreeLayout.SignerTitle, JustificationValues.Center, keepNext: true));
        signer.Add(Docx.Line(signature.Name, DecreeLayout.SignerName, JustificationValues.Center, before: SignatureSpace));

        table.Append(new TableRow(new TableRowProperties(new CantSplit()), Docx.Cell(ClosingLeftWidth, distribution), Docx.Cell(rightWidth, signer)));
        return [Docx.Spacer(after: 120), table, Docx.EndMark()];
    }
}
