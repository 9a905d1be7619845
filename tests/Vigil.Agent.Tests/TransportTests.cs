using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.Agent.Transport;
using Vigil.Server.Tests;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>HTTPS only unless allowed, and a pinned key is the only key trusted.</summary>
public class TransportTests
{
    [Fact]
    public void Http_is_refused_unless_allowed()
    {
        var refused = Assert.Throws<AgentTransportException>(() => AgentHttp.Create(new Uri("http://vigil.example/"), allowHttp: false, pin: null));
        Assert.Contains("clear", refused.Message, StringComparison.Ordinal);
        using var allowed = AgentHttp.Create(new Uri("http://127.0.0.1:1/"), allowHttp: true, pin: null);
        Assert.Throws<AgentTransportException>(() => AgentHttp.Create(new Uri("https://vigil.example/"), false, "not-a-hash"));
    }

    [Fact]
    public async Task Install_over_http_without_allow_http_fails_before_sending_anything()
    {
        using var dir = new TempDirectory();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await AgentApplication.RunAsync(["install", "--server", "http://127.0.0.1:9/", "--token", "vge_x", "--config-dir", dir.Path, "--no-service"], stdout, stderr, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("--allow-http", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "agent.json")));
    }

    [Theory]
    [InlineData("AB:CD", null)]
    [InlineData("sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Pins_are_normalised(string pin, string? expected) => Assert.Equal(expected, CertificatePin.Normalise(pin));

    [Fact]
    public async Task Pinned_self_signed_server_is_trusted_and_a_wrong_pin_or_no_pin_is_not()
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

        using var spki = AgentHttp.Create(server.BaseAddress, false, CertificatePin.SpkiSha256(certificate));
        using var whole = AgentHttp.Create(server.BaseAddress, false, CertificatePin.CertificateSha256(certificate));
        using var wrong = AgentHttp.Create(server.BaseAddress, false, new string('0', 64));
        using var none = AgentHttp.Create(server.BaseAddress, false, null);

        Assert.Equal(HttpStatusCode.OK, (await spki.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await whole.GetAsync("healthz")).StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => wrong.GetAsync("healthz"));
        await Assert.ThrowsAsync<HttpRequestException>(() => none.GetAsync("healthz"));
    }
}
