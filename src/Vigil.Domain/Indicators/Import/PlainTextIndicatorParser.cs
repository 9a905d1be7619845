namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// One value per line, as most feeds and appendices are: comments ('#', ';', '//'), inline "value # comment",
/// defanged forms, and lines with several values ("1.2.3.4 evil.com"). A hosts-file line ("0.0.0.0 evil.com") gives
/// the domain, not the sink address. In a line that holds an indicator, plain words ("Emotet", "C2") are skipped as
/// text; a line of words only is rejected.
/// </summary>
public static class PlainTextIndicatorParser
{
    /// <summary>What string.Split(null) splits on: every Unicode white-space character.</summary>
    private static readonly System.Buffers.SearchValues<char> s_separators = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    private static readonly HashSet<string> SinkAddresses = new(StringComparer.Ordinal) { "0.0.0.0", "127.0.0.1", "::", "::1" };

    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (collector.CheckSize(content.Length))
        {
            Read(collector, ImportText.Decode(content));
        }

        return collector.Report();
    }

    public static ImportReport Parse(string text, string fileName, IndicatorImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (collector.CheckSize(text.Length))
        {
            Read(collector, text);
        }

        return collector.Report();
    }

    private static void Read(ImportCollector collector, string text)
    {
        foreach (var (number, line) in ImportText.Lines(text))
        {
            if (collector.Full)
            {
                return;
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                collector.Skip(collector.At(number), ImportCodes.Empty, null);
                continue;
            }

            if (ImportText.IsCommentLine(trimmed))
            {
                collector.Skip(collector.At(number), ImportCodes.Comment, null, trimmed);
                continue;
            }

            var tokens = Tokens(ImportText.StripComment(trimmed));
            if (tokens.Count > 1 && SinkAddresses.Contains(tokens[0]))
            {
                collector.Skip(collector.At(number, "token 1"), ImportCodes.NotApplicable, "hosts-file sink address, not an indicator", tokens[0]);
                tokens.RemoveAt(0);
            }

            ReadTokens(collector, number, tokens);
        }
    }

    private static List<string> Tokens(string text)
    {
        // Most lines of a feed are one bare value; splitting and filtering them through LINQ dominated large imports.
        if (!text.AsSpan().ContainsAny(s_separators))
        {
            var single = text.TrimEnd(',', ';');
            return single.Length > 0 ? [single] : [];
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.TrimEnd(',', ';')).Where(t => t.Length > 0).ToList();
    }

    private static void ReadTokens(ImportCollector collector, int number, List<string> tokens)
    {
        var parsed = tokens.Select(IndicatorValues.Detect).ToList();
        var lineHasIndicator = parsed.Any(p => p.IsValid);
        for (var k = 0; k < tokens.Count; k++)
        {
            var location = collector.At(number, tokens.Count > 1 ? $"token {k + 1}" : null);
            var value = parsed[k];
            if (!value.IsValid && lineHasIndicator && value.Code == "value.not_indicator")
            {
                collector.Skip(location, ImportCodes.NotApplicable, "text next to an indicator", tokens[k]);
                continue;
            }

            collector.Add(location, tokens[k], value);
        }
    }
}
