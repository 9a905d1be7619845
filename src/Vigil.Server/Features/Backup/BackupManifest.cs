using System.Text.Json.Serialization;

namespace Vigil.Server.Features.Backup;

internal sealed record BackupManifest(int SchemaVersion, DateTime CreatedAt, string Provider);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BackupManifest))]
internal sealed partial class BackupJsonContext : JsonSerializerContext;
