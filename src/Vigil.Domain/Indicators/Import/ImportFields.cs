using System.Globalization;
using System.Text;

namespace Vigil.Domain.Indicators.Import;

/// <summary>Reading metadata fields as feeds write them: dates, confidence, tags, actions and type names.</summary>
internal static class ImportFields
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy", "yyyy/MM/dd",
    ];

    /// <summary>ISO 8601 (with zone), "2024-04-04 07:03:03" (taken as UTC) or the Vietnamese "23/05/2024"; null if neither.</summary>
    public static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^4];
        }

        if (DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact))
        {
            return exact;
        }

        if (value.Length >= 10 && char.IsAsciiDigit(value[0]) &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso))
        {
            return iso;
        }

        return null;
    }

    /// <summary>Seconds since 1970 as MISP writes timestamps ("1507631544").</summary>
    public static DateTimeOffset? UnixTime(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static int? Confidence(string? text) =>
        int.TryParse(text?.Trim().TrimEnd('%'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value : null;

    public static IEnumerable<string> Tags(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"block", "chặn" → Block; "alert", "alert-only", "monitor", "cảnh báo", "giám sát" → AlertOnly.</summary>
    public static IndicatorAction? Action(string? text) => Key(text) switch
    {
        "block" or "deny" or "drop" or "chan" => IndicatorAction.Block,
        "alert" or "alert_only" or "alertonly" or "monitor" or "detect" or "canh_bao" or "giam_sat" => IndicatorAction.AlertOnly,
        _ => null,
    };

    /// <summary>
    /// A type name as tables, MISP and OTX write it ("ip-dst", "IPv4", "FileHash-SHA256", "hostname", "Tên miền").
    /// Address types map to Ipv4 and are widened to any address by the caller.
    /// </summary>
    public static IndicatorType? TypeName(string? text) => Key(text) switch
    {
        "ip" or "ipv4" or "ip_dst" or "ip_src" or "ipv4_addr" or "ip_address" or "dia_chi_ip" or "ipv6" or "ipv6_addr" => IndicatorType.Ipv4,
        "cidr" or "network" or "subnet" or "netblock" or "dai_ip" => IndicatorType.Cidr,
        "domain" or "domain_name" or "hostname" or "host" or "fqdn" or "ten_mien" => IndicatorType.Domain,
        "url" or "uri" or "link_url" or "duong_dan" => IndicatorType.Url,
        "md5" or "filehash_md5" or "hash_md5" => IndicatorType.Md5,
        "sha1" or "sha_1" or "filehash_sha1" or "hash_sha1" => IndicatorType.Sha1,
        "sha256" or "sha_256" or "filehash_sha256" or "hash_sha256" => IndicatorType.Sha256,
        "email" or "e_mail" or "email_addr" or "email_src" or "email_dst" or "emailaddress" => IndicatorType.Email,
        "filename" or "file_name" or "file" or "ten_file" or "ten_tep" => IndicatorType.FileName,
        _ => null,
    };

    /// <summary>Lower-case ASCII with Vietnamese diacritics removed and other characters as '_': "Địa chỉ IP" → "dia_chi_ip".</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            var next = char.IsAsciiLetterOrDigit(lower) ? lower : '_';
            if (next != '_' || (builder.Length > 0 && builder[^1] != '_'))
            {
                builder.Append(next);
            }
        }

        return builder.ToString().TrimEnd('_');
    }

    /// <summary>True for types whose values are addresses (an "IP" column may hold IPv4, IPv6 or networks).</summary>
    public static bool IsAddress(IndicatorType type) => type is IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr;

    public static bool IsHash(IndicatorType type) => type is IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256;

    /// <summary>Parses <paramref name="raw"/> as the stated type, widening "IP" to any address kind.</summary>
    public static ParsedValue ParseAs(IndicatorType type, string raw)
    {
        if (IsAddress(type))
        {
            var detected = IndicatorValues.Detect(raw);
            return !detected.IsValid || IsAddress(detected.Value!.Type) ? detected
                : ParsedValue.Invalid("value.type_mismatch", $"\"{IndicatorValues.Shorten(raw)}\" is a {IndicatorValues.Name(detected.Value.Type)}, not an IP address or network.");
        }

        return IndicatorValues.Normalize(type, raw);
    }
}
