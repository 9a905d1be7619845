using Vigil.Domain.Inventory;

namespace Vigil.Storage.Tests;

/// <summary>The re-report check hashes without building the JSON; it must be the hash of exactly the stored JSON.</summary>
public class SnapshotJsonTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(2000)] // far past the serializer's chunk size, so the hash is fed in several writes
    public void Hashing_alone_gives_the_hash_of_the_stored_json(int programs)
    {
        var snapshot = SnapshotCanonical.Of(new InventorySnapshot
        {
            Hostname = "PC-KẾ-TOÁN-01",
            SerialNumber = "CZC1234XYZ",
            Software = [.. Enumerable.Range(0, programs).Select(i => new SoftwareItem($"Phần mềm {i} – Bkav Pro", $"{i}.0.{i % 7}", i % 3 == 0 ? null : "Công ty Bkav"))],
        });

        var (json, hash) = SnapshotJson.Serialize(snapshot);
        Assert.Equal(hash, SnapshotJson.Hash(snapshot));
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, SnapshotJson.Hash(SnapshotJson.Deserialize(json)));
    }
}
