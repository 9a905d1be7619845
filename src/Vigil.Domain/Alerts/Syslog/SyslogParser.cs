using System.Text.RegularExpressions;

namespace Vigil.Domain.Alerts.Syslog;

/// <summary>
/// Parses one syslog message: RFC 5424 ("&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD MSG") and the BSD format of
/// RFC 3164 as Cisco ASA and IOS actually send it (optional year, milliseconds, a sequence number, '*' for an unsynced
/// clock, no host, a "%FAC-SEV-MNEMONIC:" tag). Never throws: what is not understood stays in the message.
/// </summary>
public static partial class SyslogParser
{
    public static SyslogMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.TrimEnd('\r', '\n', '\0');
        int? priority = null;
        if (Pri().Match(rest) is { Success: true } pri && int.TryParse(pri.Groups[1].ValueSpan, out var value) && value <= 191)
        {
            priority = value;
            rest = rest[pri.Length..];
        }

        if (priority is not null && Rfc5424().Match(rest) is { Success: true } modern)
        {
            var sdAndMessage = rest[modern.Length..];
            var message = SkipStructuredData(sdAndMessage);
            if (message is not null)
            {
                return new SyslogMessage(priority, SyslogFormat.Rfc5424, Nil(modern.Groups["time"].Value), Nil(modern.Groups["host"].Value),
                    Nil(modern.Groups["app"].Value), message.StartsWith('\uFEFF') ? message[1..] : message);
            }
        }

        if (Rfc3164().Match(rest) is { Success: true } bsd)
        {
            var time = bsd.Groups["time"].Value.Trim().TrimStart('*', '.');
            var after = rest[bsd.Length..];
            string? host = null;
            string? app = null;
            if (bsd.Groups["host"].Success)
            {
                host = bsd.Groups["host"].Value;
            }

            if (Tag().Match(after) is { Success: true } tag)
            {
                app = tag.Groups[1].Value;
                after = after[tag.Length..];
            }

            // Cisco's "device-id : %ASA-…" puts a lone colon between the host and the message.
            after = after.TrimStart();
            return new SyslogMessage(priority, SyslogFormat.Rfc3164, time, host, app, after.StartsWith(": ", StringComparison.Ordinal) ? after[2..] : after);
        }

        return new SyslogMessage(priority, SyslogFormat.Unknown, null, null, null, rest.TrimStart());
    }

    /// <summary>The message after the structured data ("-" or one or more "[id param=\"v\"]" with \" \] \\ escapes); null when malformed.</summary>
    private static string? SkipStructuredData(string text)
    {
        if (text.StartsWith('-'))
        {
            return text.Length == 1 ? "" : text[1] == ' ' ? text[2..] : null;
        }

        var i = 0;
        while (i < text.Length && text[i] == '[')
        {
            var quoted = false;
            i++;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted && c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ']' && !quoted)
                {
                    break;
                }
            }

            if (i >= text.Length)
            {
                return null;
            }

            i++;
        }

        return i == 0 ? null : i == text.Length ? "" : text[i] == ' ' ? text[(i + 1)..] : null;
    }

    private static string? Nil(string value) => value is "-" or "" ? null : value;

    [GeneratedRegex(@"^<(\d{1,3})>")]
    private static partial Regex Pri();

    [GeneratedRegex(@"^1 (?<time>\S+) (?<host>\S{1,255}) (?<app>\S{1,48}) (?<proc>\S{1,128}) (?<msgid>\S{1,32}) ")]
    private static partial Regex Rfc5424();

    // Optional Cisco sequence number ("000123: "), then "Mmm dd [yyyy] hh:mm:ss[.fff] [TZ]" with an optional '*' or '.',
    // then a colon (Cisco) or a host name (RFC 3164; not a "%TAG" or a "tag:").
    [GeneratedRegex(@"^(?:\d+: )?(?<time>[*.]?[A-Z][a-z]{2} {1,2}\d{1,2}(?: \d{4})? \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: [A-Z]{2,5}(?=:))?)(?::? (?<host>(?![%])[^\s:\[]+)(?= )|:?(?= ))")]
    private static partial Regex Rfc3164();

    [GeneratedRegex(@"^ ?([^\s:\[%]{1,48}(?:\[[^\]\s]{0,32}\])?): ")]
    private static partial Regex Tag();
}
