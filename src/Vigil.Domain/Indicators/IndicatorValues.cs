using System.Buffers;

namespace Vigil.Domain.Indicators;

/// <summary>
/// Turns raw text into normalised <see cref="IndicatorValue"/>s: with a known type (<see cref="Normalize"/>) or by
/// recognising a bare token (<see cref="Detect"/>). Never throws on input; a value that is not valid comes back with a
/// code and a reason.
/// </summary>
public static partial class IndicatorValues
{
    public const int MaxValueLength = 2048;

    private static readonly SearchValues<char> DigitsAndDots = SearchValues.Create("0123456789.");

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// File extensions that are not top-level domains, so "invoice.exe" is a file name and not a domain. Extensions that
    /// are real TLDs (.zip, .mov) stay domains unless the column or attribute says "file name".
    /// </summary>
    private static readonly HashSet<string> FileExtensions = new(StringComparer.Ordinal)
    {
        "exe", "dll", "scr", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "lnk", "msi",
        "sys", "tmp", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "pptm", "pdf", "rtf", "iso", "img",
        "rar", "7z", "gz", "tar", "cab", "dat", "bin", "elf", "so", "apk", "dmg", "txt", "wcry", "wncry", "pky", "eky",
    };

    /// <summary>Normalises a value whose type is known (a typed column, a MISP attribute type, a STIX object path).</summary>
    public static ParsedValue Normalize(IndicatorType type, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParsedValue.Invalid("value.empty", "The value is empty.");
        }

        if (raw.Length > MaxValueLength)
        {
            return ParsedValue.Invalid("value.too_long", $"The value is longer than {MaxValueLength} characters.");
        }

        var text = Defang.Refang(raw.Trim(), out var refanged);
        var note = refanged ? "refanged from " + raw.Trim() : null;
        var parsed = type switch
        {
            IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr => NormalizeAddress(text, type),
            IndicatorType.Domain => NormalizeDomain(text),
            IndicatorType.Url => NormalizeUrl(text),
            IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256 => NormalizeHash(text, type),
            IndicatorType.Email => NormalizeEmail(text),
            IndicatorType.FileName => NormalizeFileName(raw.Trim()),
            _ => ParsedValue.Invalid("value.unknown_type", $"Unknown indicator type {type}."),
        };
        return parsed.WithNote(type == IndicatorType.FileName ? null : note);
    }

    /// <summary>Recognises what a bare token is ("1.2.3.4", "evil[.]com", "hxxps://x.y/z", a hash) and normalises it.</summary>
    public static ParsedValue Detect(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return ParsedValue.Invalid("value.empty", "The value is empty.");
        }

        if (token.Length > MaxValueLength)
        {
            return ParsedValue.Invalid("value.too_long", $"The value is longer than {MaxValueLength} characters.");
        }

        var original = token.Trim().Trim('"', '\'', '<', '>');
        var text = Defang.Refang(original, out var refanged);
        return DetectRefanged(text).WithNote(refanged ? "refanged from " + original : null);
    }

    private static ParsedValue DetectRefanged(string text)
    {
        if (text.Length == 0)
        {
            return ParsedValue.Invalid("value.empty", "The value is empty.");
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            return NormalizeUrl(text);
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var head = text[..slash];
            if (TryParseIpv4(head, out _, out _) || head.Contains(':', StringComparison.Ordinal))
            {
                return NormalizeAddress(text, IndicatorType.Cidr);
            }

            if (NormalizeDomain(head).IsValid)
            {
                return NormalizeUrl("http://" + text).WithNote("no scheme given: http:// assumed");
            }
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return NormalizeEmail(text);
        }

        if (IsDottedNumber(text))
        {
            return NormalizeAddress(text, IndicatorType.Ipv4);
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            return DetectWithColon(text);
        }

        if (text.Length >= 16 && !text.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return text.Length switch
            {
                32 => NormalizeHash(text, IndicatorType.Md5),
                40 => NormalizeHash(text, IndicatorType.Sha1),
                64 => NormalizeHash(text, IndicatorType.Sha256),
                _ => ParsedValue.Invalid("value.unknown_hash", $"A hexadecimal string of {text.Length} characters is not an MD5 (32), SHA-1 (40) or SHA-256 (64) hash."),
            };
        }

        var dot = text.LastIndexOf('.');
        if (dot > 0 && dot < text.Length - 1 && FileExtensions.Contains(text[(dot + 1)..].ToLowerInvariant()))
        {
            return NormalizeFileName(text);
        }

        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return ParsedValue.Invalid("value.not_indicator", $"\"{Shorten(text)}\" is not an IP address, network, domain, URL, hash, e-mail address or file name.");
        }

        return NormalizeDomain(text);
    }

    /// <summary>An IPv6 address, or "host:port" whose port is dropped (the host is the indicator).</summary>
    private static ParsedValue DetectWithColon(string text)
    {
        var colon = text.LastIndexOf(':');
        if (text.IndexOf(':', StringComparison.Ordinal) == colon && colon > 0 && IsPort(text.AsSpan(colon + 1)))
        {
            var host = text[..colon];
            var parsed = IsDottedNumber(host) ? NormalizeAddress(host, IndicatorType.Ipv4) : NormalizeDomain(host);
            return parsed.WithNote($"port {text[(colon + 1)..]} dropped");
        }

        if (text.StartsWith('[') && text.IndexOf("]:", StringComparison.Ordinal) is > 0 and var end && IsPort(text.AsSpan(end + 2)))
        {
            return NormalizeAddress(text[1..end], IndicatorType.Ipv6).WithNote($"port {text[(end + 2)..]} dropped");
        }

        return NormalizeAddress(text, IndicatorType.Ipv6);
    }

    private static bool IsPort(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= 5 && !text.ContainsAnyExceptInRange('0', '9') && int.Parse(text, provider: System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 65535;

    private static bool IsDottedNumber(string text) =>
        text.Contains('.', StringComparison.Ordinal) && !text.AsSpan().ContainsAnyExcept(DigitsAndDots);

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
