using System.Text;
using System.Text.Json;
using Vigil.Domain.Notifications;
using Vigil.Server.Features.Directives;

namespace Vigil.Server.Features.Notifications;

/// <summary>Delivers one outbox message through its subscription's channel; a failure is an exception the job records and retries.</summary>
public sealed class NotificationSender(ReminderMailer mailer, IHttpClientFactory http, WebhookSecretProtector secrets, TimeProvider clock)
{
    public const string HttpClientName = "vigil-webhooks";

    public async Task SendAsync(OutboxMessage message, NotificationSubscription subscription, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(subscription);
        switch (subscription.Channel)
        {
            case NotificationChannel.Email:
                if (!mailer.Enabled)
                {
                    throw new InvalidOperationException("E-mail is not configured (Vigil:Mail:Host).");
                }

                var to = subscription.Target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                await mailer.SendAsync(to, "[Vigil] " + message.Subject, EmailBody(message.PayloadJson), ct);
                break;
            case NotificationChannel.Webhook:
                var seconds = clock.GetUtcNow().ToUnixTimeSeconds();
                var secret = subscription.ProtectedSecret is null ? "" : secrets.Unprotect(subscription.ProtectedSecret);
                using (var request = new HttpRequestMessage(HttpMethod.Post, subscription.Target))
                {
                    request.Content = new StringContent(message.PayloadJson, Encoding.UTF8, "application/json");
                    request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, seconds, message.PayloadJson));
                    request.Headers.Add("X-Vigil-Event", message.Event);
                    request.Headers.Add("X-Vigil-Delivery", message.Id.ToString());
                    using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new HttpRequestException($"The webhook answered {(int)response.StatusCode}.");
                    }
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown channel {subscription.Channel}.");
        }
    }

    private static string EmailBody(string payloadJson)
    {
        using var doc = JsonDocument.Parse(payloadJson);
        var lines = new StringBuilder();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            lines.Append(property.Name).Append(": ").AppendLine(property.Value.ToString());
        }

        return lines.ToString();
    }
}
