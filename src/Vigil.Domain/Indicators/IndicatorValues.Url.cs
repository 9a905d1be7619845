using System.Globalization;
using System.Text;

namespace Vigil.Domain.Indicators;

public static partial class IndicatorValues
{
    /// <summary>
    /// RFC 3986 normalisation without System.Uri (which rewrites paths and accepts too much): scheme and host
    /// lower-case, internationalised host in punycode, default port removed, an empty path becomes "/",
    /// percent-encoded unreserved characters decoded and other escapes upper-cased, the fragment dropped (it never
    /// reaches the server). Dot segments are kept as written.
    /// </summary>
    private static ParsedValue NormalizeUrl(string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\" has no scheme (http://, https://).");
        }

        var scheme = text[..schemeEnd].ToLowerInvariant();
        int defaultPort = scheme switch { "http" => 80, "https" => 443, "ftp" => 21, _ => -1 };
        if (defaultPort < 0)
        {
            return ParsedValue.Invalid("value.unsupported_scheme", $"\"{Shorten(text)}\": only http, https and ftp URLs are indicators here.");
        }

        if (text.AsSpan().ContainsAny(" \t\r\n"))
        {
            return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\" contains white space.");
        }

        var rest = text[(schemeEnd + 3)..];
        var authorityEnd = rest.AsSpan().IndexOfAny("/?#");
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var tail = authorityEnd < 0 ? "" : rest[authorityEnd..];
        var fragment = tail.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            tail = tail[..fragment];
        }

        var at = authority.LastIndexOf('@');
        var userInfo = at >= 0 ? authority[..(at + 1)] : "";
        var hostPort = authority[(at + 1)..];
        string host;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\": unclosed '[' in the host.");
            }

            host = hostPort[..(close + 1)];
            port = hostPort.Length > close + 1 && hostPort[close + 1] == ':' ? hostPort[(close + 2)..] : null;
            if (port is null && hostPort.Length > close + 1)
            {
                return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\": unexpected text after the IPv6 host.");
            }
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = colon >= 0 ? hostPort[..colon] : hostPort;
            port = colon >= 0 ? hostPort[(colon + 1)..] : null;
        }

        var normalizedHost = NormalizeUrlHost(host);
        if (normalizedHost is null)
        {
            return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\": \"{Shorten(host)}\" is not a valid host.");
        }

        var portSuffix = "";
        if (!string.IsNullOrEmpty(port))
        {
            if (!IsPort(port))
            {
                return ParsedValue.Invalid("value.invalid_url", $"\"{Shorten(text)}\": \"{Shorten(port)}\" is not a port number.");
            }

            var number = int.Parse(port, CultureInfo.InvariantCulture);
            portSuffix = number == defaultPort ? "" : ":" + number.ToString(CultureInfo.InvariantCulture);
        }

        var path = NormalizePercentEncoding(tail);
        if (path.Length == 0 || path[0] == '?')
        {
            path = "/" + path;
        }

        return ParsedValue.Ok(IndicatorType.Url, $"{scheme}://{userInfo}{normalizedHost}{portSuffix}{path}");
    }

    private static string? NormalizeUrlHost(string host)
    {
        if (host.StartsWith('['))
        {
            var v6 = ParseHost(host);
            return v6.IsValid && v6.Value!.Type == IndicatorType.Ipv6 ? "[" + v6.Value.Value + "]" : null;
        }

        if (IsDottedNumber(host))
        {
            return TryParseIpv4(host, out var v4, out _) ? FormatIpv4(v4) : null;
        }

        var domain = NormalizeDomain(host);
        return domain.IsValid ? domain.Value!.Value : null;
    }

    /// <summary>Decodes %XX of unreserved characters (ALPHA DIGIT - . _ ~) and upper-cases the hex of the others.</summary>
    private static string NormalizePercentEncoding(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                var value = (char)Convert.ToByte(text.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(value) || value is '-' or '.' or '_' or '~')
                {
                    builder.Append(value);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(text[i + 1])).Append(char.ToUpperInvariant(text[i + 2]));
                }

                i += 2;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
