namespace Vigil.Domain.Vulnerabilities.Cpe;

/// <summary>
/// One attribute of a CPE name (NISTIR 7695 §5.3): ANY ("*"), NA ("-"), or a value. A value is kept unescaped and
/// lower case; <see cref="HasWildcards"/> says whether it holds unquoted "*" or "?" (kept as <see cref="Pattern"/>
/// with "\*" and "\?" as literal characters), which NISTIR 7696 allows only at the start or end of a source value.
/// </summary>
public readonly record struct CpeValue(CpeValueKind Kind, string Text, bool HasWildcards)
{
    public static CpeValue Any => new(CpeValueKind.Any, "", false);

    public static CpeValue NotApplicable => new(CpeValueKind.NotApplicable, "", false);

    public static CpeValue Of(string text) => new(CpeValueKind.Value, text.ToLowerInvariant(), false);

    public bool IsAny => Kind == CpeValueKind.Any;

    public bool IsValue => Kind == CpeValueKind.Value;

    /// <summary>The formatted-string spelling: "*", "-", or the value with its special characters escaped.</summary>
    public string Formatted => Kind switch
    {
        CpeValueKind.Any => "*",
        CpeValueKind.NotApplicable => "-",
        _ => HasWildcards ? Text : CpeNameParser.Escape(Text),
    };

    public override string ToString() => Formatted;
}

public enum CpeValueKind
{
    Any,
    NotApplicable,
    Value,
}
