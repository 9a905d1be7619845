using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Features.Alerts.Syslog;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Alerts;

/// <summary>A server stopped in the middle of hunting retained logs finishes them after the restart without counting a hit twice.</summary>
public class HuntRestartTests
{
    [Fact]
    public async Task Half_hunted_syslog_and_uploaded_logs_are_finished_after_a_restart_without_double_counts()
    {
        var server = await TestServer.StartAsync(SyslogTests.Args);
        try
        {
            var world = await TwoBranchWorld.SeedAsync(server);
            var api = await server.ApiClientAsync(world.OfficerA.UserName);
            await IndicatorHost.ImportAsync(api, world.A.Id, "185.220.101.1\n");
            var receiver = server.App.Services.GetRequiredService<SyslogReceiver>();
            await receiver.Listening;
            using (var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)))
            {
                for (var i = 1; i <= 3; i++)
                {
                    await udp.SendAsync(Encoding.UTF8.GetBytes($"<166>Jun 02 2024 08:30:0{i}: {SyslogTests.Deny}"), receiver.UdpEndpoint!);
                }
            }

            await SyslogTests.WaitForCountAsync(server, api, 3);
            var upload = await AlertHost.UploadAsync(api, world.A.Id, "asa.log", AlertHost.AsaLog);
            await SyslogTests.WaitForCountAsync(server, api, 5);

            // The state a crash leaves when the hits of the first lines were saved and the rest, with the log's
            // offset and indicator-set fingerprint, were not.
            await server.WithSystemDbAsync(async db =>
            {
                var syslog = await db.RetainedLogs.SingleAsync(l => l.UnitId == world.A.Id && l.Source == Domain.Alerts.LogSource.Syslog);
                (syslog.HuntedBytes, syslog.Lines) = (0, 0);
                var uploaded = await db.RetainedLogs.SingleAsync(l => l.Id == upload.LogId);
                uploaded.HuntedSet = null;
                var lost = await db.AlertHits.Where(h => (h.LogId == syslog.Id && h.Line == 3) || (h.LogId == uploaded.Id && h.Line == 3)).ToListAsync();
                Assert.Equal(2, lost.Count);
                db.AlertHits.RemoveRange(lost);
                var alert = await db.Alerts.SingleAsync(a => a.UnitId == world.A.Id);
                alert.Count -= 2;
                return await db.SaveChangesAsync();
            });

            server = await server.RestartAsync();
            api = await server.ApiClientAsync(world.OfficerA.UserName);
            await SyslogTests.WaitForCountAsync(server, api, 4); // The syslog day file is caught up at start-up.
            await AlertHost.RehuntAsync(server);                  // The upload by the re-hunt pass.
            await SyslogTests.WaitForCountAsync(server, api, 5);
            await AlertHost.RehuntAsync(server);
            var logs = await server.WithSystemDbAsync(db => db.RetainedLogs.AsNoTracking().Where(l => l.UnitId == world.A.Id).OrderBy(l => l.Source).ToListAsync());
            Assert.Equal([("Syslog", 3L, 3L), ("Upload", 3L, 2L)], logs.Select(l => (l.Source.ToString(), l.Lines, l.Hits)));
            Assert.Equal(5, (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items.Single().Count);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
