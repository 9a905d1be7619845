using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Domain.Inventory;

namespace Vigil.Storage;

/// <summary>How snapshots are stored: compact JSON of the canonical snapshot, and its SHA-256 to spot re-reports.</summary>
public static class SnapshotJson
{
    public static (string Json, string Hash) Serialize(InventorySnapshot canonical)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(canonical, SnapshotJsonContext.Default.InventorySnapshot);
        return (System.Text.Encoding.UTF8.GetString(bytes), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Stored JSON was written by <see cref="Serialize"/>; an unreadable row is a bug, not input.</summary>
    public static InventorySnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.InventorySnapshot)
        ?? throw new InvalidOperationException("A stored snapshot is empty.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InventorySnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
