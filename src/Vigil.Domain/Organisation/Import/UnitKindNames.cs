using System.Globalization;
using System.Text;

namespace Vigil.Domain.Organisation.Import;

/// <summary>
/// Reads a unit kind written in English (the enum names) or in the Vietnamese words people type in spreadsheets,
/// with or without diacritics and in any case ("Xã", "xa", "TRẠM Y TẾ", "tram y te").
/// </summary>
public static class UnitKindNames
{
    private static readonly Dictionary<string, UnitKind> Words = new(StringComparer.Ordinal)
    {
        ["tinh"] = UnitKind.Province,
        ["thanh pho"] = UnitKind.Province,
        ["xa"] = UnitKind.Commune,
        ["phuong"] = UnitKind.Ward,
        ["dac khu"] = UnitKind.SpecialZone,
        ["special zone"] = UnitKind.SpecialZone,
        ["so"] = UnitKind.Department,
        ["so ban nganh"] = UnitKind.Department,
        ["co quan"] = UnitKind.Agency,
        ["don vi"] = UnitKind.Agency,
        ["truong"] = UnitKind.School,
        ["truong hoc"] = UnitKind.School,
        ["tram y te"] = UnitKind.Clinic,
        ["co so y te"] = UnitKind.Clinic,
        ["khac"] = UnitKind.Other,
    };

    public static bool TryParse(string? raw, out UnitKind kind)
    {
        kind = UnitKind.Other;
        var key = Fold(raw ?? "");
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var value in Enum.GetValues<UnitKind>())
        {
            if (string.Equals(key.Replace(" ", "", StringComparison.Ordinal), value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = value;
                return true;
            }
        }

        return Words.TryGetValue(key, out kind);
    }

    /// <summary>Lower-case, diacritics removed (đ → d), runs of white space collapsed to one space.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            folded.Append(c == 'đ' ? 'd' : c);
            lastWasSpace = false;
        }

        return folded.ToString().Trim();
    }
}
