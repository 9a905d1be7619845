using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Vigil.Agent.Transport;

/// <summary>
/// The one place the agent's HttpClient is made. HTTPS only unless explicitly allowed; with a pin, the server's key
/// is the trust anchor (a self-signed provincial server works, any other key fails even if a CA vouches for it);
/// without one, the system's CA store and host-name check decide.
/// </summary>
internal static class AgentHttp
{
    public static HttpClient Create(Uri server, bool allowHttp, string? pin, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.Scheme == Uri.UriSchemeHttp && !allowHttp)
        {
            throw new AgentTransportException(
                $"Refusing {server}: the agent's credential would travel in clear. Use https://, or --allow-http for a test set-up.");
        }

        if (server.Scheme != Uri.UriSchemeHttp && server.Scheme != Uri.UriSchemeHttps)
        {
            throw new AgentTransportException($"Unsupported server address {server}; use https://.");
        }

        var normalisedPin = CertificatePin.Normalise(pin);
        if (pin is not null && normalisedPin is null)
        {
            throw new AgentTransportException("The certificate pin must be a SHA-256 in hex (64 digits) or sha256/BASE64.");
        }

        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            UseProxy = true,
        };
        if (normalisedPin is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && CertificatePin.Matches(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()), normalisedPin);
        }
        else
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None;
        }

        var baseAddress = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
    }
}
