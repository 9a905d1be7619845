namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>
/// Reads the part of the STIX 2.1 pattern language that names blockable values: equality (and IN) comparisons on
/// ipv4-addr/ipv6-addr/domain-name/url/email-addr:value, file:hashes (MD5, SHA-1, SHA-256), file:name,
/// email-message sender/recipient refs and network-traffic src/dst refs, combined with OR and AND and nested
/// parentheses. The pattern is expanded into alternatives (OR of AND-terms); each alternative must name one value:
/// <list type="bullet">
/// <item>an OR gives one value per branch;</item>
/// <item>an AND of comparisons on the same file object gives its hashes (each identifies the file; its name only
/// narrows it and is not imported alone); an AND repeating the same comparison gives that value;</item>
/// <item>an AND of different observables, of separate observations ([a] AND [b]) or of two different values of
/// one observable cannot be expressed as a blocklist entry and rejects the pattern, as does any other operator
/// (MATCHES, LIKE, ISSUBSET, ISSUPERSET, !=, &lt;, NOT, EXISTS, FOLLOWEDBY).</item>
/// </list>
/// Qualifiers (WITHIN, REPEATS, START/STOP) are read and reported as ignored.
/// </summary>
public static class StixPattern
{
    /// <summary>Patterns expanding into more alternatives than this are rejected as too complex.</summary>
    public const int MaxAlternatives = 4096;

    public const int MaxLength = 100_000;

    public static StixPatternResult Extract(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return StixPatternResult.Fail(ImportCodes.Malformed, "The pattern is empty.");
        }

        if (pattern.Length > MaxLength)
        {
            return StixPatternResult.Fail(ImportCodes.TooLarge, $"The pattern is longer than {MaxLength} characters.");
        }

        var (tokens, lexError) = StixLexer.Tokenize(pattern);
        if (lexError is not null)
        {
            return StixPatternResult.Fail(ImportCodes.Malformed, "Malformed STIX pattern: " + lexError + ".");
        }

        var parser = new StixPatternParser(tokens);
        var alternatives = parser.ParsePattern();
        if (parser.Failure is { } failure)
        {
            return StixPatternResult.Fail(failure.Code, failure.Reason);
        }

        var values = new List<StixValue>();
        var notes = new List<string>(parser.Notes);
        foreach (var alternative in alternatives!)
        {
            var (chosen, note, code, reason) = Resolve(alternative);
            if (reason is not null)
            {
                return StixPatternResult.Fail(code!, reason);
            }

            if (note is not null && !notes.Contains(note))
            {
                notes.Add(note);
            }

            values.AddRange(chosen.Where(v => !values.Contains(v)));
        }

        return new StixPatternResult(values, null, null, notes);
    }

    /// <summary>Turns one AND-term into the values it names, or the reason it names none.</summary>
    private static (IReadOnlyList<StixValue> Values, string? Note, string? Code, string? Reason) Resolve(IReadOnlyList<StixComparison> term)
    {
        var distinct = term.Select(c => c.Value).Distinct().ToList();
        if (distinct.Count == 1)
        {
            return (distinct, null, null, null);
        }

        if (term.Select(c => c.Observation).Distinct().Count() > 1)
        {
            return ([], null, ImportCodes.Unsupported,
                $"AND of separate observations ({Describe(term)}) is a correlation of events, not a value a blocklist can hold.");
        }

        var objects = term.Select(c => c.ObjectType).Distinct(StringComparer.Ordinal).ToList();
        if (objects.Count > 1)
        {
            return ([], null, ImportCodes.Unsupported,
                $"AND of different observables ({string.Join(", ", objects)}) matches only when all are seen together; a blocklist cannot express it.");
        }

        if (objects[0] == "file")
        {
            var hashes = distinct.Where(v => v.Type is { } t && ImportFields.IsHash(t)).ToList();
            if (hashes.Count > 0 && hashes.GroupBy(h => h.Type).All(g => g.Count() == 1))
            {
                return (hashes, distinct.Count > hashes.Count ? "file:name ANDed with hashes narrows them; only the hashes are imported" : null, null, null);
            }
        }

        return ([], null, ImportCodes.Unsupported,
            $"AND of different values of one {objects[0]} ({Describe(term)}) can never match a single object.");
    }

    private static string Describe(IReadOnlyList<StixComparison> term) =>
        string.Join(" AND ", term.Select(c => $"{c.ObjectType}:{c.Path} = '{IndicatorValues.Shorten(c.Value.Raw)}'"));
}
