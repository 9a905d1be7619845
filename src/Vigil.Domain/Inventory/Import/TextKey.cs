using System.Globalization;
using System.Text;

namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// Folds what a person typed into a comparison key, so that "Địa chỉ MAC", "dia chi mac" and "ĐỊA CHỈ  MAC:" are one
/// header and "Bộ chuyển mạch" and "bo chuyen mach" are one value: lower case, diacritics removed (đ → d), and every
/// run of characters that is not a letter or digit read as one space.
/// </summary>
public static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(c == 'đ' ? 'd' : c);
        }

        return key.ToString();
    }
}
