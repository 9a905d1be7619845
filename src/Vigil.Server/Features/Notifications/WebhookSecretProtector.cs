using Microsoft.AspNetCore.DataProtection;

namespace Vigil.Server.Features.Notifications;

/// <summary>Webhook signing secrets at rest: protected with the server's Data Protection keys (kept in the database), recoverable only by the server.</summary>
public sealed class WebhookSecretProtector(IDataProtectionProvider provider)
{
    private const string Purpose = "Vigil.Notifications.WebhookSecret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
