using System.Globalization;
using System.Text;

namespace Vigil.Server.Features.Documents;

/// <summary>
/// A rough width of a line of Times New Roman, used only to size the short rules the decree draws under the
/// motto, the issuing body and the subject ("as long as the text", "1/3 to 1/2 of the text"). A writer cannot measure
/// text without the font; average advance widths per kind of character are within a few per cent, which the eye
/// forgives and the decree's 1/3–1/2 range absorbs.
/// </summary>
internal static class TextWidth
{
    /// <summary>The estimated width in twips of <paramref name="text"/> at <paramref name="points"/>.</summary>
    public static int Twips(string text, double points, bool bold)
    {
        double ems = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            ems += CharUnicodeInfo.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.NonSpacingMark => 0,
                UnicodeCategory.UppercaseLetter => c is 'I' or 'J' ? 0.4 : bold ? 0.74 : 0.69,
                UnicodeCategory.LowercaseLetter => c is 'i' or 'j' or 'l' or 't' or 'f' or 'r' ? 0.3 : c is 'm' or 'w' ? 0.75 : bold ? 0.52 : 0.48,
                UnicodeCategory.DecimalDigitNumber => 0.5,
                UnicodeCategory.SpaceSeparator => 0.25,
                _ => 0.33,
            };
        }

        return (int)Math.Round(ems * points * 20);
    }
}
