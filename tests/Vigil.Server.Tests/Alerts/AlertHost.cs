using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Alerts;

/// <summary>Calls of the log and alert API used by several tests.</summary>
internal static class AlertHost
{
    /// <summary>Two denied connections from computer A-PC7 (10.9.0.1) to a C2 address and one unrelated line, as a Cisco ASA writes them.</summary>
    public const string AsaLog = """
        Jun  2 08:30:01 fw01 : %ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443 by access-group "inside_in" [0x0, 0x0]
        Jun  2 08:30:02 fw01 : %ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.45/53 by access-group "inside_in" [0x0, 0x0]
        Jun  2 08:31:05 fw01 : %ASA-4-106023: Deny tcp src inside:10.9.0.1/50102 dst outside:185.220.101.1/443 by access-group "inside_in" [0x0, 0x0]

        """;

    public static async Task<LogHuntResultDto> UploadAsync(HttpClient api, Guid unitId, string name, string text, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (gzip)
        {
            using var buffer = new MemoryStream();
            await using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(bytes);
            }

            bytes = buffer.ToArray();
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.Add("X-File-Name", name);
        var response = await api.PostAsync($"/api/v1/logs?unit={unitId}", content);
        return await IndicatorHost.OkAsync<LogHuntResultDto>(response);
    }

    public static async Task<AlertPageDto> AlertsAsync(HttpClient api, string query = "") =>
        await IndicatorHost.OkAsync<AlertPageDto>(await api.GetAsync("/api/v1/alerts" + query));

    /// <summary>Runs the re-hunt job now, as the scheduler would.</summary>
    public static Task RehuntAsync(TestServer server) => RunJobAsync(server, "logs-rehunt");

    public static async Task RunJobAsync(TestServer server, string name, DateTime? dueAt = null)
    {
        var job = server.App.Services.GetServices<Features.Jobs.IRecurringJob>().Single(j => j.Name == name);
        await using var scope = server.App.Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, dueAt ?? DateTime.UtcNow, default);
    }

    public static void AssertStatus(HttpResponseMessage response, params HttpStatusCode[] allowed) =>
        Assert.True(allowed.Contains(response.StatusCode), $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
