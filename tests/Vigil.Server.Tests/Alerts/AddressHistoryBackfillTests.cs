using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Domain.Access;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Tests.Alerts;

/// <summary>A database upgraded to the address history gets its existing sources' history at the next start, once.</summary>
public sealed class AddressHistoryBackfillTests
{
    private static readonly DateTime FirstReport = new(2024, 11, 1, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Sources_queued_by_the_upgrade_get_their_history_when_the_server_starts()
    {
        var server = await TestServer.StartAsync();
        try
        {
            var unitId = Guid.CreateVersion7();
            await server.WithSystemDbAsync(db =>
            {
                db.Units.Add(new OrgUnit
                {
                    Id = unitId, Code = "BF", Name = "Backfill", Kind = UnitKind.Commune, Path = UnitTree.PathFor(unitId, null),
                    CreatedAt = FirstReport, UpdatedAt = FirstReport,
                });
                return db.SaveChangesAsync();
            });
            Guid computerId;
            await using (var scope = server.App.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
                var snapshot = new InventorySnapshot { Hostname = "BF-PC1", SerialNumber = "BF-SN-1", NetworkInterfaces = [new NetworkInterfaceInfo("eth0", null, ["10.66.0.1"])] };
                var outcome = await scope.ServiceProvider.GetRequiredService<IInventoryIngest>()
                    .IngestAsync(new InventoryReport(InventorySource.Ocs, "BF-PC1-2024-11-01", FirstReport, snapshot, UnitId: unitId), null, default);
                computerId = outcome.Value!.ComputerId!.Value;
            }

            // As a database from before the history was: its source has no rows, and the upgrade queued it.
            await server.WithSystemDbAsync(async db =>
            {
                await db.ComputerAddresses.ExecuteDeleteAsync();
                return await db.Database.ExecuteSqlAsync($"INSERT INTO computer_address_backfill (source_id) SELECT id FROM computer_sources");
            });

            server = await server.RestartAsync();
            var rows = await server.WithSystemDbAsync(async db =>
                (await db.ComputerAddresses.AsNoTracking().OrderBy(a => a.Value).ToListAsync()).ConvertAll(a => (a.ComputerId, a.Value, a.FirstSeen, a.Until)));
            Assert.Equal([(computerId, "10.66.0.1", FirstReport, (DateTime?)null), (computerId, "BF-PC1", FirstReport, null)], rows);

            // The next start finds the queue empty and writes nothing more.
            server = await server.RestartAsync();
            Assert.Equal(2, await server.WithSystemDbAsync(db => db.ComputerAddresses.CountAsync()));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
