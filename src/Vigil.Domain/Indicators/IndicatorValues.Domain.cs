using System.Globalization;

namespace Vigil.Domain.Indicators;

public static partial class IndicatorValues
{
    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// Lower-case ASCII, internationalised names in punycode (IdnMapping), one trailing dot removed. Underscores are
    /// allowed (malware uses them, DNS carries them); at least two labels; the top-level label is not all digits.
    /// </summary>
    private static ParsedValue NormalizeDomain(string text)
    {
        var name = text.Trim();
        if (name.EndsWith('.'))
        {
            name = name[..^1];
        }

        if (name.StartsWith("*.", StringComparison.Ordinal))
        {
            return ParsedValue.Invalid("value.wildcard_domain", $"\"{Shorten(text)}\": wildcards are not supported; give the domain itself (exports match its subdomains).");
        }

        if (name.Length == 0)
        {
            return ParsedValue.Invalid("value.empty", "The domain is empty.");
        }

        string? note = null;
        if (!System.Text.Ascii.IsValid(name))
        {
            try
            {
                var ascii = Idn.GetAscii(name);
                note = $"internationalised name {name} stored as {ascii}";
                name = ascii;
            }
            catch (ArgumentException)
            {
                return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" is not a valid internationalised domain name.");
            }
        }

        name = name.ToLowerInvariant();
        if (name.Length > 253)
        {
            return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" is longer than 253 characters.");
        }

        var labels = name.Split('.');
        if (labels.Length < 2)
        {
            return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" has no dot; a domain needs at least two labels.");
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63)
            {
                return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" has an empty label or one longer than 63 characters.");
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                {
                    return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" contains '{c}', which a domain name cannot contain.");
                }
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\": a label cannot start or end with '-'.");
            }
        }

        if (!labels[^1].AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return ParsedValue.Invalid("value.invalid_domain", $"\"{Shorten(text)}\" ends in a number: neither a domain nor a valid IPv4 address.");
        }

        return ParsedValue.Ok(IndicatorType.Domain, name, note);
    }

    private static ParsedValue NormalizeHash(string text, IndicatorType type)
    {
        var expected = type switch { IndicatorType.Md5 => 32, IndicatorType.Sha1 => 40, _ => 64 };
        var hash = text.Trim();
        if (hash.Length != expected || hash.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return ParsedValue.Invalid("value.invalid_hash", $"\"{Shorten(text)}\" is not a {Name(type)} hash ({expected} hexadecimal digits).");
        }

        return ParsedValue.Ok(type, hash.ToLowerInvariant());
    }

    /// <summary>The whole address lower-cased: mail systems compare local parts case-insensitively in practice.</summary>
    private static ParsedValue NormalizeEmail(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[7..];
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return ParsedValue.Invalid("value.invalid_email", $"\"{Shorten(text)}\" is not an e-mail address.");
        }

        var domain = NormalizeDomain(value[(at + 1)..]);
        var address = domain.IsValid ? value[..at].ToLowerInvariant() + "@" + domain.Value!.Value : value;
        if (!domain.IsValid || !Common.EmailAddress.LooksValid(address))
        {
            return ParsedValue.Invalid("value.invalid_email", $"\"{Shorten(text)}\" is not a valid e-mail address.");
        }

        return ParsedValue.Ok(IndicatorType.Email, address, domain.Note);
    }

    /// <summary>A bare file name, case kept (Linux names are case-sensitive). A path is refused: give its last part.</summary>
    private static ParsedValue NormalizeFileName(string text)
    {
        var name = text.Trim();
        if (name.Length is 0 or > 255)
        {
            return ParsedValue.Invalid("value.invalid_file_name", "A file name must have 1 to 255 characters.");
        }

        foreach (var c in name)
        {
            if (c is '/' or '\\' || char.IsControl(c))
            {
                return ParsedValue.Invalid("value.invalid_file_name", $"\"{Shorten(text)}\" is a path or contains control characters; give the file name alone.");
            }
        }

        return ParsedValue.Ok(IndicatorType.FileName, name);
    }

    internal static string Name(IndicatorType type) => type switch
    {
        IndicatorType.Ipv4 => "IPv4",
        IndicatorType.Ipv6 => "IPv6",
        IndicatorType.Cidr => "CIDR",
        IndicatorType.Domain => "domain",
        IndicatorType.Url => "URL",
        IndicatorType.Md5 => "MD5",
        IndicatorType.Sha1 => "SHA-1",
        IndicatorType.Sha256 => "SHA-256",
        IndicatorType.Email => "e-mail",
        _ => "file name",
    };
}
