using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

namespace Vigil.Server.Features.Directives;

/// <summary>Sends reminder e-mails through the configured SMTP server (System.Net.Mail).</summary>
public sealed class ReminderMailer(IOptions<MailOptions> options)
{
    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(IReadOnlyList<string> to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        using var message = new MailMessage { From = new MailAddress(o.From), Subject = subject, Body = body, BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8 };
        foreach (var address in to)
        {
            message.To.Add(address);
        }

        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, Timeout = o.TimeoutSeconds * 1000, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }

        await client.SendMailAsync(message, ct);
    }
}
