using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.TestKit;

namespace Vigil.Server.Tests;

/// <summary>HTTPS from a certificate in configuration, as docs/operations.md describes, with Secure cookies.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task KestrelWithPemCertificate_ServesHttps_AndMarksCookiesSecure()
    {
        using var dir = new TempDirectory();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=vigil.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await File.WriteAllTextAsync(dir.Combine("vigil.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(dir.Combine("vigil.key"), key.ExportPkcs8PrivateKeyPem());

        await using var server = await TestServer.StartAsync(
            "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
            "--Kestrel:Endpoints:Https:Certificate:Path=" + dir.Combine("vigil.pem"),
            "--Kestrel:Endpoints:Https:Certificate:KeyPath=" + dir.Combine("vigil.key"));
        Assert.Equal("https", server.BaseAddress.Scheme);

        var thumbprint = certificate.Thumbprint;
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == thumbprint,
        };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        var response = await TestServer.PostFormAsync(client, "/login", new() { ["UserName"] = "admin", ["Password"] = TestServer.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigil.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
    }
}
