namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>
/// Recursive-descent parser of the STIX 2.1 pattern grammar, producing the expanded alternatives
/// (a list of AND-terms) or the first failure. Observation operators: AND binds tighter than OR; FOLLOWEDBY is read
/// and refused. Comparison operators likewise.
/// </summary>
internal sealed class StixPatternParser(List<StixToken> tokens)
{
    private const int MaxDepth = 64;

    private int _position;
    private int _observation;
    private int _depth;

    public (string Code, string Reason)? Failure { get; private set; }

    public List<string> Notes { get; } = [];

    private StixToken Peek => tokens[_position];

    public List<List<StixComparison>>? ParsePattern()
    {
        var result = ObservationOr();
        if (Failure is null && Peek.Kind != StixTokenKind.End)
        {
            Malformed($"unexpected '{Peek.Text}' at position {Peek.Position + 1}");
        }

        return Failure is null ? result : null;
    }

    private List<List<StixComparison>>? ObservationOr() => Binary(ObservationAnd, "OR", Or);

    private List<List<StixComparison>>? ObservationAnd() => Binary(ObservationSequence, "AND", And);

    private List<List<StixComparison>>? ObservationSequence()
    {
        var left = ObservationQualified();
        if (left is not null && IsKeyword("FOLLOWEDBY"))
        {
            return Unsupported("FOLLOWEDBY (a sequence of observations in time) cannot be expressed as a blocklist entry.");
        }

        return left;
    }

    private List<List<StixComparison>>? ObservationQualified()
    {
        var atom = ObservationAtom();
        while (atom is not null && Failure is null && Peek.Kind == StixTokenKind.Keyword && Peek.Text is "WITHIN" or "REPEATS" or "START")
        {
            var keyword = Next().Text;
            var ok = keyword switch
            {
                "WITHIN" => Expect(StixTokenKind.Number) && ExpectKeyword("SECONDS"),
                "REPEATS" => Expect(StixTokenKind.Number) && ExpectKeyword("TIMES"),
                _ => Expect(StixTokenKind.OtherLiteral) && ExpectKeyword("STOP") && Expect(StixTokenKind.OtherLiteral),
            };
            if (!ok)
            {
                return null;
            }

            var note = $"qualifier {keyword} ignored";
            if (!Notes.Contains(note))
            {
                Notes.Add(note);
            }
        }

        return Failure is null ? atom : null;
    }

    private List<List<StixComparison>>? ObservationAtom()
    {
        if (!Enter())
        {
            return null;
        }

        List<List<StixComparison>>? result;
        if (Peek.Kind == StixTokenKind.OpenBracket)
        {
            Next();
            _observation++;
            result = ComparisonOr();
            result = result is not null && Expect(StixTokenKind.CloseBracket) ? result : null;
        }
        else if (Peek.Kind == StixTokenKind.OpenParen)
        {
            Next();
            result = ObservationOr();
            result = result is not null && Expect(StixTokenKind.CloseParen) ? result : null;
        }
        else
        {
            result = Malformed($"expected '[' or '(' at position {Peek.Position + 1}, found '{Peek.Text}'");
        }

        _depth--;
        return result;
    }

    private List<List<StixComparison>>? ComparisonOr() => Binary(ComparisonAnd, "OR", Or);

    private List<List<StixComparison>>? ComparisonAnd() => Binary(ComparisonTest, "AND", And);

    private List<List<StixComparison>>? ComparisonTest()
    {
        if (!Enter())
        {
            return null;
        }

        var result = ComparisonTestInner();
        _depth--;
        return result;
    }

    private List<List<StixComparison>>? ComparisonTestInner()
    {
        if (Peek.Kind == StixTokenKind.OpenParen)
        {
            Next();
            var inner = ComparisonOr();
            return inner is not null && Expect(StixTokenKind.CloseParen) ? inner : null;
        }

        if (IsKeyword("EXISTS") || IsKeyword("NOT"))
        {
            return Unsupported($"the {Peek.Text} operator is not supported: only equality names a value to block.");
        }

        if (Peek.Kind != StixTokenKind.Path || !Peek.Text.Contains(':', StringComparison.Ordinal))
        {
            return Malformed($"expected an object path such as ipv4-addr:value at position {Peek.Position + 1}, found '{Peek.Text}'");
        }

        var path = Next().Text;
        var negated = IsKeyword("NOT") && Next().Kind == StixTokenKind.Keyword;
        var op = Peek.Kind is StixTokenKind.Operator or StixTokenKind.Keyword ? Next().Text : null;
        if (op is null)
        {
            return Malformed($"expected a comparison operator after {path} at position {Peek.Position + 1}");
        }

        var values = new List<StixToken>();
        if (op == "IN")
        {
            if (!Expect(StixTokenKind.OpenParen))
            {
                return null;
            }

            do
            {
                values.Add(Next());
            }
            while (Peek.Kind == StixTokenKind.Comma && Next().Kind == StixTokenKind.Comma);

            if (!Expect(StixTokenKind.CloseParen))
            {
                return null;
            }
        }
        else if (Peek.Kind is StixTokenKind.String or StixTokenKind.Number or StixTokenKind.OtherLiteral)
        {
            values.Add(Next());
        }
        else
        {
            return Malformed($"expected a value after {path} {op} at position {Peek.Position + 1}");
        }

        var shown = $"{path} {(negated ? "NOT " : "")}{op} {string.Join(", ", values.Select(v => v.Kind == StixTokenKind.String ? $"'{IndicatorValues.Shorten(v.Text)}'" : v.Text))}";
        if (negated || op is not ("=" or "IN"))
        {
            return Unsupported($"unsupported operator {(negated ? "NOT " : "")}{op} in \"{shown}\": only = and IN name values to block.");
        }

        if (values.Any(v => v.Kind != StixTokenKind.String))
        {
            return Unsupported($"\"{shown}\" compares with a value that is not a string.");
        }

        var colon = path.IndexOf(':', StringComparison.Ordinal);
        var (objectType, property) = (path[..colon], path[(colon + 1)..]);
        if (!StixPaths.TryMap(objectType, property, out var type))
        {
            return Unsupported($"object path {path} is not one Vigil imports (ipv4-addr, ipv6-addr, domain-name, url, email-addr :value; file:hashes, file:name).");
        }

        return [.. values.Select(v => new List<StixComparison> { new(objectType, property, new StixValue(type, v.Text, path), _observation) })];
    }

    private List<List<StixComparison>>? Binary(Func<List<List<StixComparison>>?> operand, string keyword, Func<List<List<StixComparison>>, List<List<StixComparison>>, List<List<StixComparison>>?> combine)
    {
        var left = operand();
        while (left is not null && Failure is null && IsKeyword(keyword))
        {
            Next();
            var right = operand();
            left = right is null ? null : combine(left, right);
        }

        return Failure is null ? left : null;
    }

    private List<List<StixComparison>>? Or(List<List<StixComparison>> left, List<List<StixComparison>> right) =>
        left.Count + right.Count > StixPattern.MaxAlternatives ? TooComplex() : [.. left, .. right];

    private List<List<StixComparison>>? And(List<List<StixComparison>> left, List<List<StixComparison>> right) =>
        (long)left.Count * right.Count > StixPattern.MaxAlternatives ? TooComplex()
            : [.. left.SelectMany(l => right.Select(r => (List<StixComparison>)[.. l, .. r]))];

    private List<List<StixComparison>>? TooComplex() =>
        Unsupported($"the pattern expands into more than {StixPattern.MaxAlternatives} alternatives.");

    private bool Enter()
    {
        if (++_depth <= MaxDepth)
        {
            return true;
        }

        _depth--;
        Malformed($"nested more than {MaxDepth} levels deep");
        return false;
    }

    private StixToken Next() => Peek.Kind == StixTokenKind.End ? Peek : tokens[_position++];

    private bool IsKeyword(string keyword) => Peek.Kind == StixTokenKind.Keyword && Peek.Text == keyword;

    private bool Expect(StixTokenKind kind)
    {
        if (Peek.Kind == kind)
        {
            Next();
            return true;
        }

        Malformed($"expected {kind} at position {Peek.Position + 1}, found '{(Peek.Kind == StixTokenKind.End ? "end of pattern" : Peek.Text)}'");
        return false;
    }

    private bool ExpectKeyword(string keyword)
    {
        if (IsKeyword(keyword))
        {
            Next();
            return true;
        }

        Malformed($"expected {keyword} at position {Peek.Position + 1}");
        return false;
    }

    private List<List<StixComparison>>? Malformed(string reason)
    {
        Failure ??= (ImportCodes.Malformed, "Malformed STIX pattern: " + reason + ".");
        return null;
    }

    private List<List<StixComparison>>? Unsupported(string reason)
    {
        Failure ??= (ImportCodes.Unsupported, "Unsupported STIX pattern: " + reason);
        return null;
    }
}
