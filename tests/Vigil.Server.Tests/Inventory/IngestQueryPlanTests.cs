using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Inventory;

/// <summary>
/// Every report runs the identifier lookups, so PostgreSQL must plan them once per connection, not on every execution
/// (a new OCS computer's report otherwise spent about a sixth of PostgreSQL's CPU planning). PostgreSQL keeps planning
/// for the values at hand while that looks cheaper than its plan for any values, which it did for the short key lists
/// a report carries until they were padded.
/// </summary>
public class IngestQueryPlanTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_lookups_are_planned_once_per_connection_whatever_the_number_of_keys(int keyCount)
    {
        await using var world = await IngestWorld.CreateAsync(StorageProvider.Postgres);
        await using var db = world.Store.CreateSystemContext();
        // One connection for every statement: prepared statements and their plans belong to a connection.
        await db.Database.OpenConnectionAsync();
        // Npgsql prepares a statement on its fifth use, and PostgreSQL plans the first five executions of a prepared
        // statement for the values at hand before it compares them with its plan for any values.
        for (var report = 0; report < 16; report++)
        {
            var values = Enumerable.Range(0, keyCount).Select(k => $"KEY-{report}-{k}").ToList();
            await IngestQueries.FirstLookAsync(db, InventorySource.Ocs, $"source-{report}", "XA-01", values, CancellationToken.None);
            await IngestQueries.IdentifiersAsync(db, values, CancellationToken.None);
        }

        var plans = await db.Database
            .SqlQueryRaw<PreparedPlans>("SELECT statement AS \"Statement\", generic_plans AS \"Generic\", custom_plans AS \"Custom\" FROM pg_prepared_statements WHERE statement LIKE '%computer_identifiers%' AND statement NOT LIKE '%pg_prepared_statements%'")
            .ToListAsync();

        Assert.Equal(2, plans.Count);
        Assert.All(plans, p =>
        {
            Assert.True(p.Custom <= 5, $"planned {p.Custom} times for the values at hand: {p.Statement}");
            Assert.True(p.Generic >= 5, $"the plan for any values was used {p.Generic} times: {p.Statement}");
        });
    }

    [Fact]
    public void Padding_keeps_the_values_and_only_repeats_one_of_them()
    {
        Assert.Equal(Enumerable.Repeat("", IngestQueries.PlannedValues), IngestQueries.PaddedForOnePlan([]));

        var padded = IngestQueries.PaddedForOnePlan(["UUID", "SERIAL"]);
        Assert.Equal(IngestQueries.PlannedValues, padded.Count);
        Assert.Equal(["UUID", "SERIAL"], padded.Distinct());

        var many = Enumerable.Range(0, IngestQueries.PlannedValues + 3).Select(i => $"MAC-{i}").ToList();
        Assert.Equal(many, IngestQueries.PaddedForOnePlan(many));
    }

    private sealed class PreparedPlans
    {
        public string Statement { get; init; } = "";

        public long Generic { get; init; }

        public long Custom { get; init; }
    }
}
