using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<ComputerAddress> ComputerAddresses => Set<ComputerAddress>();

    /// <summary>
    /// Everything needed to say which computer of a unit had an address or hostname at a time: the unit's computers
    /// (name, retirement) and every address interval of theirs. Two queries, whatever the number of hits to link.
    /// </summary>
    public async Task<UnitAddressHistory> AddressHistoryOfUnitAsync(Guid unitId, CancellationToken ct)
    {
        var computers = await Computers.AsNoTracking().Where(c => c.UnitId == unitId)
            .Select(c => new AddressHistoryComputer(c.Id, c.Hostname, c.RetiredAt)).ToListAsync(ct);
        var rows = await ComputerAddresses.AsNoTracking().Where(a => a.UnitId == unitId)
            .OrderBy(a => a.FirstSeen).ThenBy(a => a.Id)
            .Select(a => new AddressHistoryRow(a.ComputerId, a.Kind, a.Value, a.FirstSeen, a.Until)).ToListAsync(ct);
        return new UnitAddressHistory(computers, rows);
    }

    private void ConfigureAddressHistory(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ComputerAddress>(e =>
        {
            e.ToTable("computer_addresses");
            e.Property(a => a.Kind).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(a => a.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.UnitId, a.Value });
            e.HasIndex(a => new { a.SourceId, a.Until });
            e.HasQueryFilter(a => ScopeIsAll || ScopeUnitIds.Contains(a.UnitId));
        });
    }
}
