using System.Data.Common;
using System.Globalization;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.TestKit;

/// <summary>
/// A database as a version-5 server (inventory, before compliance) left it: one unit with one Windows 7 computer
/// reported by OCS, whose hotfixes, security products and programs exist only in the source's snapshot. Written
/// with plain SQL, since the current model has columns a version-5 schema lacks.
/// </summary>
public static class SchemaV5Inventory
{
    public const int Version = 5;

    public static readonly Guid UnitId = Guid.Parse("0197b000-0000-7000-8000-000000000001");
    public static readonly Guid ComputerId = Guid.Parse("0197b000-0000-7000-8000-000000000101");
    public static readonly DateTime Observed = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);

    public static InventorySnapshot Snapshot { get; } = new()
    {
        Hostname = "V5-KT01",
        Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 7 Professional", Version = "6.1.7601", Build = "7601", Architecture = "x64" },
        CpuModel = "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz",
        RamMb = 4096,
        Hotfixes = ["KB4012212", "KB976902"],
        SecurityProducts = [new SecurityProduct { Name = "Bkav Pro", Vendor = "Bkav", Kind = SecurityProductKind.AntiMalware, Enabled = true }],
        Software = [new SoftwareItem("Bkav Pro", "6.0", "Bkav"), new SoftwareItem("Zalo", "24.10.1", "VNG Corp.")],
    };

    /// <summary>Migrates an empty database to version 5 and writes the unit, the computer and its OCS source.</summary>
    public static async Task SeedAsync(StorageProvider provider, string connectionString)
    {
        await SchemaMigrator.MigrateAsync(provider, connectionString, Version);
        await using var connection = SchemaMigrator.Open(provider, connectionString);
        await connection.OpenAsync();
        var (json, hash) = SnapshotJson.Serialize(SnapshotCanonical.Of(Snapshot));
        await ExecuteAsync(connection, provider, """
            INSERT INTO units (id, parent_id, code, name, kind, path, depth, time_zone, created_at, updated_at)
            VALUES (@unit, NULL, 'V5', 'Xã Thử Nâng Cấp', 'Commune', @path, 0, 'Asia/Ho_Chi_Minh', @at, @at)
            """, ("@unit", UnitId), ("@path", "/" + UnitId.ToString("N") + "/"), ("@at", Observed));
        await ExecuteAsync(connection, provider, """
            INSERT INTO computers (id, unit_id, hostname, os_name, os_version, cpu_model, ram_mb, is_personal, source, observed_at,
                os_family, os_release, os_build, os_architecture, first_seen_at, open_conflicts, security_products)
            VALUES (@id, @unit, 'V5-KT01', 'Microsoft Windows 7 Professional', '6.1.7601', 'Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz', 4096, @no, 'ocs', @at,
                'Windows', 'Windows 7', '7601', 'x64', @at, 0, 'Bkav Pro')
            """, ("@id", ComputerId), ("@unit", UnitId), ("@no", false), ("@at", Observed));
        await ExecuteAsync(connection, provider, """
            INSERT INTO computer_sources (id, computer_id, unit_id, source, source_key, observed_at, first_seen_at, snapshot_hash, snapshot_json)
            VALUES (@id, @computer, @unit, 'Ocs', 'V5-KT01-2026-11-01-09-00-00', @at, @at, @hash, @json)
            """, ("@id", Guid.Parse("0197b000-0000-7000-8000-000000000201")), ("@computer", ComputerId), ("@unit", UnitId), ("@at", Observed), ("@hash", hash), ("@json", json));
    }

    private static async Task ExecuteAsync(DbConnection connection, StorageProvider provider, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            // SQLite rows written by EF hold Guids as upper-case text, dates as "yyyy-MM-dd HH:mm:ss" text and booleans as 0/1.
            p.Value = provider == StorageProvider.Postgres ? value : value switch
            {
                Guid g => g.ToString().ToUpperInvariant(),
                DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                bool b => b ? 1 : 0,
                _ => value,
            };
            command.Parameters.Add(p);
        }

        await command.ExecuteNonQueryAsync();
    }
}
