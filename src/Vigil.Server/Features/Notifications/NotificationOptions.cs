namespace Vigil.Server.Features.Notifications;

/// <summary>Section <c>Vigil:Notifications</c>. E-mail goes through the SMTP server of <c>Vigil:Mail</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Vigil:Notifications";

    /// <summary>The address links in e-mails and webhooks start with, e.g. <c>https://vigil.example.gov.vn</c>; none by default.</summary>
    public string? PublicUrl { get; set; }

    public int WebhookTimeoutSeconds { get; set; } = 15;

    /// <summary>Messages one delivery run sends at most.</summary>
    public int BatchSize { get; set; } = 100;
}
