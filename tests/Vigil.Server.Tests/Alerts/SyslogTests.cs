using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Features.Alerts.Syslog;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Alerts;

public class SyslogTests() : TwoBranchServerTests(Args)
{
    public const string Deny = "%ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443 by access-group \"inside_in\"";

    internal static readonly string[] Args =
    [
        "--Vigil:Syslog:Enabled=true", "--Vigil:Syslog:ListenAddress=127.0.0.1", "--Vigil:Syslog:UdpPort=0", "--Vigil:Syslog:TcpPort=0",
        "--Vigil:Syslog:Senders:0:Source=127.0.0.1", "--Vigil:Syslog:Senders:0:Unit=A", "--Vigil:Syslog:HuntDelay=00:00:00.100",
    ];

    [Fact]
    public async Task Firewall_syslog_over_udp_and_tcp_from_logger_and_raw_sockets_is_retained_and_hunted_into_one_alert()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        var receiver = Server.App.Services.GetRequiredService<SyslogReceiver>();
        await receiver.Listening;
        var udp = receiver.UdpEndpoint!.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tcp = receiver.TcpEndpoint!.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await LoggerAsync("-n", "127.0.0.1", "-P", udp, "--udp", "--rfc3164", "-t", "fw01", Deny);
        await LoggerAsync("-n", "127.0.0.1", "-P", udp, "--udp", "--rfc5424", "-t", "asa", Deny);
        await LoggerAsync("-n", "127.0.0.1", "-P", tcp, "--tcp", "--rfc3164", "-t", "fw01", Deny);
        await LoggerAsync("-n", "127.0.0.1", "-P", tcp, "--tcp", "--rfc5424", "--octet-count", "-t", "asa", Deny);

        // Two octet-counted frames in one write and an LF-framed Cisco message without a newline at the end.
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, receiver.TcpEndpoint.Port);
            var frame = "<166>Jun 02 2024 08:30:01: " + Deny;
            var bytes = Encoding.UTF8.GetBytes($"{Encoding.UTF8.GetByteCount(frame)} {frame}{Encoding.UTF8.GetByteCount(frame)} {frame}");
            await client.GetStream().WriteAsync(bytes);
        }

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, receiver.TcpEndpoint.Port);
            await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes("<166>Jun 02 2024 08:30:02 fw01 : " + Deny));
        }

        // A sender no rule maps: counted and dropped.
        using (var stranger = new UdpClient(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0)))
        {
            await stranger.SendAsync(Encoding.UTF8.GetBytes("<13>Nov 22 09:50:34 other x: " + Deny), receiver.UdpEndpoint);
        }

        var alert = await WaitForCountAsync(Server, api, 7);
        Assert.Equal((World.ComputerOfA, "Block"), (alert.ComputerId!.Value, alert.Action));
        await WaitAsync(() => Task.FromResult(receiver.Dropped == 1));

        var spool = Server.App.Services.GetRequiredService<SyslogSpool>();
        Assert.Equal(7, spool.Received);
        var log = await Server.WithSystemDbAsync(db => db.RetainedLogs.AsNoTracking().SingleAsync(l => l.UnitId == World.A.Id));
        Assert.Equal(("Syslog", 7L), (log.Source.ToString(), log.Lines));
        var lines = await File.ReadAllLinesAsync(Path.Combine(Server.DataDirectory, "logs", log.StoredPath));
        Assert.Equal(7, lines.Length);
        Assert.All(lines, l => Assert.EndsWith(Deny, l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Jun 02 2024 08:30:01 - -: %ASA-4-106023", StringComparison.Ordinal));
    }

    internal static async Task<Contracts.V1.AlertSummaryDto> WaitForCountAsync(TestServer server, HttpClient api, long count)
    {
        Contracts.V1.AlertSummaryDto? alert = null;
        await WaitAsync(async () =>
        {
            alert = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items.SingleOrDefault();
            return alert?.Count >= count;
        });
        Assert.Equal(count, alert!.Count);
        return alert;
    }

    /// <summary>Waits for something the server does in the background; a generous limit only stops a broken test from hanging.</summary>
    internal static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 1200 && !await done(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await done(), "the server never got there");
    }

    private static async Task LoggerAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("logger", args) { RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
    }
}
