using System.Globalization;

namespace Vigil.Domain.Documents;

/// <summary>
/// The number and symbol of a document, printed "Số: 05/BC-SKHCN" (Phụ lục I, Mục II, khoản 3).
/// </summary>
/// <param name="Sequence">
/// The registry's running number for the year; null for a draft, whose number the registry (văn thư) fills in by hand
/// when it registers the signed document, so the line keeps a blank in its place.
/// </param>
/// <param name="Symbol">The symbol after the slash, e.g. "BC-SKHCN" or "SKHCN-CNTT"; capitals, groups joined by '-'.</param>
public sealed record DocumentNumber(int? Sequence, string Symbol)
{
    /// <summary>What stands in for the number of a draft: room for the registry to write it.</summary>
    public const string DraftPlaceholder = "      ";

    /// <summary>"05/BC-SKHCN": numbers below 10 get a leading zero (khoản 3, điểm c).</summary>
    public string Text =>
        (Sequence is { } number ? number.ToString("00", CultureInfo.InvariantCulture) : DraftPlaceholder) + "/" + Symbol;

    /// <summary>The whole line as printed: "Số: 05/BC-SKHCN".</summary>
    public string Line => "Số: " + Text;
}
