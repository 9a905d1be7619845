using System.Text;

namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>Splits a STIX 2.1 pattern into tokens; a character that cannot start a token is reported with its position.</summary>
internal static class StixLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET", "IN", "EXISTS",
        "WITHIN", "SECONDS", "REPEATS", "TIMES", "START", "STOP",
    };

    public static (List<StixToken> Tokens, string? Error) Tokenize(string pattern)
    {
        var tokens = new List<StixToken>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '[': tokens.Add(new(StixTokenKind.OpenBracket, "[", i++)); continue;
                case ']': tokens.Add(new(StixTokenKind.CloseBracket, "]", i++)); continue;
                case '(': tokens.Add(new(StixTokenKind.OpenParen, "(", i++)); continue;
                case ')': tokens.Add(new(StixTokenKind.CloseParen, ")", i++)); continue;
                case ',': tokens.Add(new(StixTokenKind.Comma, ",", i++)); continue;
                case '\'':
                    var (text, end, error) = ReadString(pattern, i);
                    if (error is not null)
                    {
                        return (tokens, error);
                    }

                    tokens.Add(new(StixTokenKind.String, text!, start));
                    i = end;
                    continue;
            }

            if (c is '=' or '!' or '<' or '>')
            {
                var op = i + 1 < pattern.Length && pattern[i + 1] == '=' ? pattern.Substring(i, 2) : pattern[i].ToString();
                if (op == "!")
                {
                    return (tokens, $"unexpected '!' at position {i + 1}");
                }

                tokens.Add(new(StixTokenKind.Operator, op, i));
                i += op.Length;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1])))
            {
                i++;
                while (i < pattern.Length && (char.IsAsciiDigit(pattern[i]) || pattern[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new(StixTokenKind.Number, pattern[start..i], start));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '\'' && c is 't' or 'h' or 'b')
                {
                    var (_, end, error) = ReadString(pattern, i + 1);
                    if (error is not null)
                    {
                        return (tokens, error);
                    }

                    tokens.Add(new(StixTokenKind.OtherLiteral, pattern[start..end], start));
                    i = end;
                    continue;
                }

                var (word, wordEnd, pathError) = ReadWordOrPath(pattern, i);
                if (pathError is not null)
                {
                    return (tokens, pathError);
                }

                i = wordEnd;
                var kind = word.Contains(':', StringComparison.Ordinal) ? StixTokenKind.Path
                    : Keywords.Contains(word) ? StixTokenKind.Keyword
                    : word is "true" or "false" ? StixTokenKind.OtherLiteral
                    : StixTokenKind.Path;
                tokens.Add(new(kind, word, start));
                continue;
            }

            return (tokens, $"unexpected '{c}' at position {i + 1}");
        }

        tokens.Add(new(StixTokenKind.End, "", pattern.Length));
        return (tokens, null);
    }

    /// <summary>A quoted string with \' and \\ escapes; the position after the closing quote.</summary>
    private static (string? Text, int End, string? Error) ReadString(string pattern, int quote)
    {
        var builder = new StringBuilder();
        for (var i = quote + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '\'' or '\\')
            {
                builder.Append(pattern[++i]);
            }
            else if (pattern[i] == '\'')
            {
                return (builder.ToString(), i + 1, null);
            }
            else
            {
                builder.Append(pattern[i]);
            }
        }

        return (null, pattern.Length, $"unterminated string starting at position {quote + 1}");
    }

    /// <summary>
    /// A keyword or an object path such as "file:hashes.'SHA-256'" or "email-message:body_multipart[*].body_raw_ref.name":
    /// letters, digits, '-', '_', ':', '.', quoted segments and list indexes ("[0]", "[*]").
    /// </summary>
    private static (string Word, int End, string? Error) ReadWordOrPath(string pattern, int start)
    {
        var i = start;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.')
            {
                i++;
            }
            else if (c == '\'' && i > start && pattern[i - 1] == '.')
            {
                var close = pattern.IndexOf('\'', i + 1);
                if (close < 0)
                {
                    return ("", pattern.Length, $"unterminated quoted path segment at position {i + 1}");
                }

                i = close + 1;
            }
            else if (c == '[' && i + 2 < pattern.Length && pattern.IndexOf(']', i) is var close && close > i &&
                     (pattern[(i + 1)..close] == "*" || pattern[(i + 1)..close].All(char.IsAsciiDigit)) && close > i + 1)
            {
                i = close + 1;
            }
            else
            {
                break;
            }
        }

        return (pattern[start..i], i, null);
    }
}
