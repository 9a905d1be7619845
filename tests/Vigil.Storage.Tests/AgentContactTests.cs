using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>Agent contacts noted in a unit of work and written by its save in one statement, on both providers.</summary>
public class AgentContactTests
{
    private static readonly DateTime T0 = new(2025, 7, 2, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_save_writes_every_noted_contact_the_latest_per_agent_winning_and_keeps_what_was_not_reported(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var agents = await SeedAgentsAsync(store, tree.Id("S1A"), 3);
        var (pc1, pc2) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        await using (var db = store.CreateSystemContext())
        {
            db.NoteAgentContact(new AgentContact(agents[0], T0.AddMinutes(5), pc1, "PC-KT-01"));
            db.NoteAgentContact(new AgentContact(agents[0], T0.AddMinutes(9), pc2, "PC-KT-01B")); // the same agent: the later contact wins
            db.NoteAgentContact(new AgentContact(agents[0], T0.AddMinutes(7), pc1, "PC-KT-01A"));
            db.NoteAgentContact(new AgentContact(agents[1], T0.AddMinutes(1), pc1, null));        // no hostname: the stored one stays
            db.NoteAgentContact(new AgentContact(agents[2], T0.AddMinutes(2), null, "PC-KT-03")); // no computer: the stored one stays
            Assert.Equal(0, await db.SaveChangesAsync());
        }

        await using var read = store.CreateSystemContext();
        var rows = await read.Agents.OrderBy(a => a.Hostname).ToDictionaryAsync(a => a.Id);
        Assert.Equal((T0.AddMinutes(9), pc2, "PC-KT-01B"), (rows[agents[0]].LastSeenAt!.Value, rows[agents[0]].ComputerId, rows[agents[0]].Hostname));
        Assert.Equal((T0.AddMinutes(1), pc1, "agent-1"), (rows[agents[1]].LastSeenAt!.Value, rows[agents[1]].ComputerId, rows[agents[1]].Hostname));
        Assert.Equal((T0.AddMinutes(2), (Guid?)null, "PC-KT-03"), (rows[agents[2]].LastSeenAt!.Value, rows[agents[2]].ComputerId, rows[agents[2]].Hostname));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_contact_noted_outside_the_writable_scope_changes_nothing(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var mine = (await SeedAgentsAsync(store, tree.Id("S1A"), 1))[0];
        var theirs = (await SeedAgentsAsync(store, tree.Id("S1B"), 1, "other"))[0];

        await using (var db = store.CreateContext(new AccessContext { Scope = AccessScope.ForAgent(mine, tree.Id("S1A")) }))
        {
            db.NoteAgentContact(new AgentContact(mine, T0, null, "mine-renamed"));
            db.NoteAgentContact(new AgentContact(theirs, T0, null, "hijacked"));
            await db.SaveChangesAsync();
        }

        await using var read = store.CreateSystemContext();
        Assert.Equal("mine-renamed", (await read.Agents.SingleAsync(a => a.Id == mine)).Hostname);
        var other = await read.Agents.SingleAsync(a => a.Id == theirs);
        Assert.Equal(("other-0", (DateTime?)null), (other.Hostname, other.LastSeenAt));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Noted_contacts_are_lost_with_a_save_that_fails(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var agent = (await SeedAgentsAsync(store, tree.Id("S1A"), 1))[0];

        var receipt = () => new AgentReceipt { AgentId = agent, IdempotencyKey = "k", UnitId = tree.Id("S1A"), ReceivedAt = T0, Status = "stored" };
        await using (var db = store.CreateSystemContext())
        {
            db.AgentReceipts.Add(receipt());
            await db.SaveChangesAsync();
        }

        await using (var db = store.CreateSystemContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.NoteAgentContact(new AgentContact(agent, T0, null, "renamed"));
            // The same delivery's receipt again: the save fails on its key after the contact was written.
            db.AgentReceipts.Add(receipt());
            await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        }

        await using var read = store.CreateSystemContext();
        Assert.Equal("agent-0", (await read.Agents.SingleAsync(a => a.Id == agent)).Hostname);
    }

    private static async Task<List<Guid>> SeedAgentsAsync(TestStore store, Guid unitId, int count, string prefix = "agent")
    {
        var agents = Enumerable.Range(0, count).Select(i => new Agent
        {
            Id = Guid.CreateVersion7(), UnitId = unitId, Hostname = $"{prefix}-{i}", Platform = "linux-x64", AgentVersion = "1.0",
            CredentialHash = $"{prefix}-hash-{i}", EnrolledAt = T0.AddDays(-1),
        }).ToList();
        await using var db = store.CreateSystemContext();
        db.Agents.AddRange(agents);
        await db.SaveChangesAsync();
        return [.. agents.Select(a => a.Id)];
    }
}
