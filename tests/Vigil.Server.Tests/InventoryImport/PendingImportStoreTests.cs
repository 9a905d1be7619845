using Vigil.Server.Features.InventoryImport;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.InventoryImport;

public class PendingImportStoreTests
{
    [Fact]
    public void AnUpload_IsReadableByItsOwnerOnly_UntilItExpiresOrIsDeleted()
    {
        using var dir = new TempDirectory();
        var clock = new ManualClock();
        var store = new PendingImportStore(new StorageOptions { DataDirectory = dir.Path }, clock);
        var owner = Guid.NewGuid();
        var id = store.Save(owner, "kiểm kê.xlsx", [1, 2, 3], "abc");

        var loaded = store.Load(id, owner);
        Assert.Equal(("kiểm kê.xlsx", "abc"), (loaded!.FileName, loaded.Sha256));
        Assert.Equal([1, 2, 3], loaded.Content);
        Assert.Null(store.Load(id, Guid.NewGuid()));
        Assert.Null(store.Load("../../vigil.db", owner));
        Assert.Null(store.Load(null, owner));

        clock.Advance(PendingImportStore.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(store.Load(id, owner));

        // The next upload sweeps the expired one away.
        var next = store.Save(owner, "b.csv", [4], "def");
        Assert.Equal(2, Directory.GetFiles(Path.Combine(dir.Path, "files", PendingImportStore.FolderName)).Length);
        store.Delete(next);
        Assert.Null(store.Load(next, owner));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "files", PendingImportStore.FolderName)));
    }
}
