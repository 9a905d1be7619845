using Microsoft.EntityFrameworkCore;
using Vigil.Agent.Spool;
using Vigil.Server.Tests;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>Reports survive outages and restarts in the on-disk spool and reach the server exactly once.</summary>
public sealed class SpoolDeliveryTests() : TwoBranchServerTests()
{
    private Task<int> ReceiptsAsync(Guid agentId) => Server.WithSystemDbAsync(db => db.AgentReceipts.CountAsync(r => r.AgentId == agentId));

    [Fact]
    public async Task Server_down_reports_wait_in_the_spool_then_each_is_delivered_exactly_once()
    {
        using var dir = new TempDirectory();
        var enrolled = await AgentWithServer.EnrolAsync(Server, World.A.Id);
        var log = new AgentLog(TextWriter.Null, TimeProvider.System);
        var collector = new CountingCollector("SPOOL-PC");

        // Three runs against a dead address: three separate starts of the agent, as after reboots during an outage.
        for (var i = 0; i < 3; i++)
        {
            var down = AgentWithServer.Runner(AgentWithServer.DeadServer(), enrolled, new InventorySpool(dir.Path, log, TimeProvider.System), collector, out var deadHttp);
            using (deadHttp)
            {
                Assert.Equal(1, await down.RunAsync(once: true, CancellationToken.None));
            }
        }

        var spool = new InventorySpool(dir.Path, log, TimeProvider.System);
        var keys = spool.Items().Select(i => i.Key).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Equal(0, await ReceiptsAsync(enrolled.AgentId));

        var up = AgentWithServer.Runner(Server.BaseAddress, enrolled, spool, collector, out var http);
        using (http)
        {
            Assert.Equal(0, await up.RunAsync(once: true, CancellationToken.None));
            Assert.Equal(0, await up.RunAsync(once: true, CancellationToken.None));
        }

        // Three spooled plus one collected by each of the two runs against the live server; none twice.
        var stored = await Server.WithSystemDbAsync(db => db.AgentReceipts.Where(r => r.AgentId == enrolled.AgentId).Select(r => r.IdempotencyKey).ToListAsync());
        Assert.Equal(5, stored.Count);
        Assert.Subset(stored.ToHashSet(), keys.ToHashSet());
        Assert.Empty(spool.Items());
        var computers = await Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.Hostname == "SPOOL-PC"));
        Assert.Equal(1, computers);
    }

    [Fact]
    public async Task Agent_killed_after_the_server_stored_a_report_resends_it_as_a_duplicate()
    {
        using var dir = new TempDirectory();
        var enrolled = await AgentWithServer.EnrolAsync(Server, World.A.Id);
        var log = new AgentLog(TextWriter.Null, TimeProvider.System);
        var spool = new InventorySpool(dir.Path, log, TimeProvider.System);
        var item = spool.Enqueue(new CountingCollector("KILLED-PC").Collect());

        // The delivery reached the server, but the process died before deleting the spool file.
        using (var http = Transport.AgentHttp.Create(Server.BaseAddress, true, null))
        {
            var (outcome, receipt, _) = await new Transport.AgentClient(http, enrolled.Credential).SendInventoryAsync(item.Key, InventorySpool.Read(item), CancellationToken.None);
            Assert.Equal((Transport.DeliveryOutcome.Delivered, "stored"), (outcome, receipt?.Status));
        }

        Assert.Single(spool.Items());
        var restarted = AgentWithServer.Runner(Server.BaseAddress, enrolled, new InventorySpool(dir.Path, log, TimeProvider.System), new CountingCollector("KILLED-PC"), out var client);
        using (client)
        {
            Assert.Equal(0, await restarted.RunAsync(once: true, CancellationToken.None));
        }

        Assert.Empty(spool.Items());
        var receipts = await Server.WithSystemDbAsync(db => db.AgentReceipts.Where(r => r.AgentId == enrolled.AgentId).Select(r => r.IdempotencyKey).ToListAsync());
        Assert.Equal(1, receipts.Count(k => k == item.Key));
        Assert.Equal(2, receipts.Count); // the resent one (duplicate, not stored again) and the restart's own report
        Assert.Equal(1, await Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.Hostname == "KILLED-PC")));
    }

    [Fact]
    public void Spool_keeps_the_newest_reports_when_full_and_writes_atomically()
    {
        using var dir = new TempDirectory();
        var output = new StringWriter();
        var spool = new InventorySpool(dir.Path, new AgentLog(output, TimeProvider.System), TimeProvider.System, capacity: 3);
        var collector = new CountingCollector("FULL-PC");
        File.WriteAllText(Path.Combine(dir.Path, ".tmp-crashed-write"), "{ half");

        var keys = Enumerable.Range(0, 5).Select(_ => spool.Enqueue(collector.Collect()).Key).ToList();

        Assert.Equal(keys.Skip(2), spool.Items().Select(i => i.Key));
        Assert.Equal(2, output.ToString().Split('\n').Count(l => l.Contains("dropped the oldest")));
        Assert.DoesNotContain(Directory.GetFiles(dir.Path), f => Path.GetFileName(f).StartsWith(".tmp-"));
    }
}
