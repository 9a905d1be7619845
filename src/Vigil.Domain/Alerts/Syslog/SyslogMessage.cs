namespace Vigil.Domain.Alerts.Syslog;

/// <summary>
/// A parsed syslog message. <see cref="Timestamp"/> is the sender's time as written (RFC 5424: ISO 8601; RFC 3164
/// and Cisco: "Jun  2 08:30:01" with or without year, milliseconds or a leading '*' or '.'); null when absent.
/// </summary>
public sealed record SyslogMessage(int? Priority, SyslogFormat Format, string? Timestamp, string? Host, string? App, string Message)
{
    /// <summary>One line for the retained day file: time, host, app, then the message as sent (control characters made spaces).</summary>
    public string ToLine(DateTime receivedAtUtc)
    {
        var time = Timestamp ?? receivedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return Clean($"{time} {Host ?? "-"} {App ?? "-"}: {Message}");
    }

    private static string Clean(string line) => string.Create(line.Length, line, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = char.IsControl(text[i]) ? ' ' : text[i];
        }
    });
}

public enum SyslogFormat
{
    /// <summary>No recognisable header: the whole text is the message.</summary>
    Unknown = 0,
    Rfc3164 = 1,
    Rfc5424 = 2,
}
