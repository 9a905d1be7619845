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

    /// <summary>The stored JSON alone, for a report whose hash is already known.</summary>
    public static string ToJson(InventorySnapshot canonical) =>
        JsonSerializer.Serialize(canonical, SnapshotJsonContext.Default.InventorySnapshot);

    /// <summary>
    /// The same hash as <see cref="Serialize"/> without building the JSON: the serializer streams its pooled chunks into
    /// the hash. An unchanged re-report (the common case) needs only this, and skips two large-object allocations.
    /// </summary>
    public static string Hash(InventorySnapshot canonical)
    {
        using var hashing = new HashingStream();
        JsonSerializer.Serialize(hashing, canonical, SnapshotJsonContext.Default.InventorySnapshot);
        return Convert.ToHexStringLower(hashing.Finish());
    }

    /// <summary>Stored JSON was written by <see cref="Serialize"/>; an unreadable row is a bug, not input.</summary>
    public static InventorySnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.InventorySnapshot)
        ?? throw new InvalidOperationException("A stored snapshot is empty.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InventorySnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;

/// <summary>A write-only stream that feeds what is written into a SHA-256.</summary>
internal sealed class HashingStream : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public byte[] Finish() => _hash.GetHashAndReset();

    public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
