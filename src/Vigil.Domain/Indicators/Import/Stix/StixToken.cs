namespace Vigil.Domain.Indicators.Import.Stix;

internal enum StixTokenKind
{
    End,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Comma,
    String,
    Number,

    /// <summary>t'…', h'…', b'…', true, false: literals Vigil does not compare but must read.</summary>
    OtherLiteral,
    Path,
    Keyword,
    Operator,
}

internal readonly record struct StixToken(StixTokenKind Kind, string Text, int Position);
