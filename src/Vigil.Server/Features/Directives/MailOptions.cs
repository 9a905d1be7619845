namespace Vigil.Server.Features.Directives;

/// <summary>
/// The SMTP server reminders are sent through. Section <c>Vigil:Mail</c>. No host (the default) means no e-mail:
/// reminders are then in-app only.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Vigil:Mail";

    /// <summary>SMTP host, e.g. the province's mail relay; empty disables e-mail.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>STARTTLS; on by default for any relay outside the machine.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>The sender address, e.g. <c>vigil@stttt.example.gov.vn</c>.</summary>
    public string From { get; set; } = "vigil@localhost";

    public string? UserName { get; set; }

    /// <summary>Read from configuration (environment or a secrets file); never logged.</summary>
    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
