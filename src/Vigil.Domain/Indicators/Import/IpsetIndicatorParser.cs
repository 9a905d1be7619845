namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// FireHOL .ipset/.netset lists (one address or network per line, '#' header) and `ipset save` output
/// ("create NAME hash:ip …" skipped, "add NAME 1.2.3.4 [timeout N]" read). Only addresses and networks are accepted.
/// </summary>
public static class IpsetIndicatorParser
{
    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (collector.CheckSize(content.Length))
        {
            Read(collector, ImportText.Decode(content));
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

            var trimmed = ImportText.StripComment(line).Trim();
            if (trimmed.Length == 0)
            {
                collector.Skip(collector.At(number), line.Trim().Length == 0 ? ImportCodes.Empty : ImportCodes.Comment, null, line.Trim());
                continue;
            }

            var tokens = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string token;
            if (tokens[0] == "create")
            {
                collector.Skip(collector.At(number), ImportCodes.Header, "ipset create line", trimmed);
                continue;
            }
            else if (tokens[0] == "add")
            {
                if (tokens.Length < 3)
                {
                    collector.Reject(collector.At(number), ImportCodes.Malformed, "\"add\" needs a set name and a value.", trimmed);
                    continue;
                }

                token = tokens[2];
            }
            else if (tokens.Length == 1)
            {
                token = tokens[0];
            }
            else
            {
                collector.Reject(collector.At(number), ImportCodes.Malformed, "An ipset line holds one address or network.", trimmed);
                continue;
            }

            var parsed = IndicatorValues.Detect(token);
            if (parsed.IsValid && parsed.Value!.Type is not (IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr))
            {
                collector.Reject(collector.At(number), ImportCodes.InvalidValue, $"An ipset list holds addresses and networks, not a {IndicatorValues.Name(parsed.Value.Type)}.", token);
                continue;
            }

            collector.Add(collector.At(number), token, parsed);
        }
    }
}
