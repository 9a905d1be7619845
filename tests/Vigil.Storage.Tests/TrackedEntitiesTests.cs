using Vigil.Domain.Inventory;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary><see cref="VigilDbContext.Tracked{T}"/> holds what <c>DbSet.Local</c> would, without reading <c>Local</c>.</summary>
public class TrackedEntitiesTests
{
    [Fact]
    public async Task Tracked_holds_added_and_unchanged_entities_of_the_type_and_not_deleted_or_detached_ones()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        var tree = await ScopeTree.SeedAsync(store);
        var unit = tree.Id("S1A");
        var stored = Enumerable.Range(0, 3).Select(i => new ComputerIdentifier { Kind = IdentityKind.Serial, Value = "SN-" + i, ComputerId = Guid.CreateVersion7(), UnitId = unit }).ToList();

        await using var db = store.CreateSystemContext();
        db.AttachRange(stored);
        db.Remove(stored[1]);
        db.Entry(stored[2]).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        var added = new ComputerIdentifier { Kind = IdentityKind.Mac, Value = "00:11:22:33:44:55", ComputerId = Guid.CreateVersion7(), UnitId = unit };
        db.ComputerIdentifiers.Add(added);
        db.AuditEntries.Add(new Domain.Auditing.AuditEntry { Id = Guid.CreateVersion7(), Action = "a", EntityType = "t", EntityId = "1" }); // another type

        var tracked = db.Tracked<ComputerIdentifier>();

        Assert.Equal(new[] { stored[0], added }.OrderBy(i => i.Value), tracked.OrderBy(i => i.Value));
        Assert.Equal(db.ComputerIdentifiers.Local.OrderBy(i => i.Value), tracked.OrderBy(i => i.Value));
    }
}
