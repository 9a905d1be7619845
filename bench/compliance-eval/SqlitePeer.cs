using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Bench.ComplianceEval;

/// <summary>
/// The peer: the default pack's seven verdicts (status only) as one SQL query over a table of the same computers in
/// SQLite (in memory, one connection, so one core), with the catalog facts joined from small tables. Only the query
/// and reading its rows are timed; loading and the lookups of <see cref="PeerInput"/> are not.
/// </summary>
internal static class SqlitePeer
{
    public sealed record Result(double Seconds, double CpuSeconds, double LoadSeconds, int[,] Counts, string Version);

    private const string Query = """
        SELECT
          CASE WHEN o.in_catalog = 0 THEN 2
               WHEN o.last_day IS NULL OR @asof <= o.last_day THEN 0
               WHEN c.esu_day >= @asof THEN 0
               ELSE 1 END,
          CASE WHEN c.family = 0 THEN 2 WHEN c.family <> 1 THEN 3
               WHEN o.in_catalog = 0 THEN 2
               WHEN o.is_server = 1 THEN 3
               WHEN o.last_day IS NULL OR @asof <= o.last_day OR c.esu_day >= @asof THEN 3
               WHEN p.id IS NULL OR p.known = 0 THEN 2
               WHEN p.windows11 = 1 THEN (CASE WHEN c.ram_mb IS NULL OR c.ssd_gb IS NULL THEN 2 ELSE 1 END)
               WHEN p.windows11 IS NULL AND COALESCE(p.baseline, 1) = 1 AND @asof > @w10 THEN 2
               WHEN p.baseline IS NULL THEN 2
               WHEN p.baseline = 0 THEN 1
               WHEN @asof > @w10 THEN 1
               WHEN c.ram_mb IS NULL OR c.ssd_gb IS NULL THEN 2
               ELSE 1 END,
          CASE WHEN c.family = 0 THEN 2 WHEN c.family <> 1 THEN 3
               WHEN c.products_known = 0 AND c.software_known = 0 THEN 2
               WHEN c.av_found = 1 THEN (
                 CASE WHEN c.av_enabled = 0 OR c.av_realtime = 0
                        OR (c.av_sig_day IS NOT NULL AND @asof - c.av_sig_day > 7 AND c.obs_day - c.av_sig_day > 7)
                        OR (c.av_sig_day IS NULL AND c.av_uptodate = 0)
                        OR (c.av_scan_day IS NOT NULL AND @asof - c.av_scan_day > 7 AND c.obs_day - c.av_scan_day > 7) THEN 1
                      WHEN c.av_enabled IS NULL OR c.av_realtime IS NULL
                        OR (c.av_sig_day IS NOT NULL AND @asof - c.av_sig_day > 7)
                        OR (c.av_sig_day IS NULL AND (c.av_uptodate IS NULL OR @asof - c.obs_day > 7))
                        OR c.av_scan_day IS NULL OR @asof - c.av_scan_day > 7 THEN 2
                      ELSE 0 END)
               WHEN c.av_installed = 1 THEN 2
               ELSE 1 END,
          CASE WHEN c.family = 0 THEN 2 WHEN c.family <> 1 THEN 3
               WHEN c.products_known = 0 AND c.software_known = 0 THEN 2
               WHEN c.edr_installed = 1 THEN 0 ELSE 1 END,
          CASE WHEN c.family = 0 THEN 2 WHEN c.family <> 1 THEN 3
               WHEN o.ms17 IN (1, 3) THEN 0
               WHEN c.hotfixes_known = 0 THEN (CASE o.ms17 WHEN 2 THEN 1 ELSE 2 END)
               WHEN EXISTS (SELECT 1 FROM hotfixes h JOIN ms17_kb k ON k.kb = h.kb AND k.release = o.release WHERE h.computer_id = c.id) THEN 0
               WHEN o.ms17_data = 0 THEN 2
               ELSE 1 END,
          CASE WHEN c.family = 0 THEN 2 WHEN c.family NOT IN (1, 2) THEN 3
               WHEN c.smb1 IS NULL THEN 2 WHEN c.smb1 = 1 THEN 1 ELSE 0 END,
          CASE WHEN @asof - c.obs_day <= 30 THEN 0 ELSE 1 END
        FROM computers c
        JOIN os o ON o.id = c.os_id
        LEFT JOIN cpus p ON p.id = c.cpu_id
        """;

    public static Result Run(ComplianceFacts[] facts, ComplianceCatalogs catalogs, DateOnly asOf, DateOnly windows10LastDay)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var load = Stopwatch.StartNew();
        Load(connection, facts, catalogs);
        load.Stop();

        using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("@asof", asOf.DayNumber);
        command.Parameters.AddWithValue("@w10", windows10LastDay.DayNumber);
        var counts = new int[7, 4];
        Execute(command, new int[7, 4]); // warm-up: statement preparation and page cache
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Execute(command, counts);
        watch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        using var version = connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        return new Result(watch.Elapsed.TotalSeconds, cpuSeconds, load.Elapsed.TotalSeconds, counts, (string)version.ExecuteScalar()!);
    }

    private static void Execute(SqliteCommand command, int[,] counts)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var r = 0; r < 7; r++)
            {
                counts[r, reader.GetInt32(r)]++;
            }
        }
    }

    private static void Load(SqliteConnection connection, ComplianceFacts[] facts, ComplianceCatalogs catalogs)
    {
        Exec(connection, """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2000000;
            CREATE TABLE os (id INTEGER PRIMARY KEY, in_catalog INT, last_day INT, is_server INT, release TEXT, ms17 INT, ms17_data INT);
            CREATE TABLE cpus (id INTEGER PRIMARY KEY, known INT, windows11 INT, baseline INT);
            CREATE TABLE ms17_kb (kb TEXT, release TEXT, PRIMARY KEY (kb, release)) WITHOUT ROWID;
            CREATE TABLE hotfixes (computer_id INT, kb TEXT, PRIMARY KEY (computer_id, kb)) WITHOUT ROWID;
            CREATE TABLE computers (id INTEGER PRIMARY KEY, family INT, os_id INT, cpu_id INT, ram_mb INT, ssd_gb INT, smb1 INT,
              obs_day INT, esu_day INT, products_known INT, software_known INT, av_found INT, av_enabled INT, av_realtime INT,
              av_sig_day INT, av_uptodate INT, av_scan_day INT, av_installed INT, edr_installed INT, hotfixes_known INT);
            """);
        Exec(connection, "BEGIN");
        foreach (var entry in catalogs.Ms17010.Entries)
        {
            foreach (var kb in entry.FixedBy.Concat(entry.SupersededBy).Distinct())
            {
                foreach (var release in entry.Releases)
                {
                    Exec(connection, "INSERT OR IGNORE INTO ms17_kb VALUES ($kb, $release)", ("$kb", kb.ToUpperInvariant()), ("$release", release));
                }
            }
        }

        var osIds = new Dictionary<(OsFamily, string?, string?, string?, string?), int>();
        var cpuIds = new Dictionary<string, int>(StringComparer.Ordinal);
        using var insert = Prepared(connection, "INSERT INTO computers VALUES (" + string.Join(", ", Enumerable.Range(0, 20).Select(i => "$p" + i)) + ")", 20);
        using var hotfix = Prepared(connection, "INSERT OR IGNORE INTO hotfixes VALUES ($p0, $p1)", 2);
        for (var i = 0; i < facts.Length; i++)
        {
            var f = facts[i];
            var osKey = (f.OsFamily, f.OsName, f.OsEdition, f.OsVersion, f.OsBuild);
            if (!osIds.TryGetValue(osKey, out var osId))
            {
                osId = osIds[osKey] = osIds.Count + 1;
                var os = PeerInput.LookUpOs(catalogs, f, osId);
                var data = catalogs.Ms17010.Check(f.OsFamily, f.OsName, f.OsVersion, f.OsBuild, []).State != PatchState.Unknown;
                Exec(connection, "INSERT INTO os VALUES ($id, $in, $last, $server, $release, $ms17, $data)",
                    ("$id", osId), ("$in", os.InCatalog), ("$last", os.LastDay), ("$server", os.IsServer), ("$release", os.Release), ("$ms17", os.Ms17ByBuild), ("$data", data));
            }

            int? cpuId = null;
            if (!string.IsNullOrWhiteSpace(f.CpuModel))
            {
                if (!cpuIds.TryGetValue(f.CpuModel, out var id))
                {
                    id = cpuIds[f.CpuModel] = cpuIds.Count + 1;
                    var cpu = PeerInput.LookUpCpu(catalogs, f.CpuModel, id);
                    Exec(connection, "INSERT INTO cpus VALUES ($id, $known, $w11, $base)",
                        ("$id", id), ("$known", cpu.Windows11 is not null || cpu.Baseline is not null), ("$w11", cpu.Windows11), ("$base", cpu.Baseline));
                }

                cpuId = id;
            }

            var av = PeerInput.Bkav(f);
            object?[] values =
            [
                i, (int)f.OsFamily, osId, cpuId, f.RamMb, f.LargestSsdGb, f.Smb1Enabled, DateOnly.FromDateTime(f.ObservedAt).DayNumber,
                f.EsuUntil?.DayNumber, f.SecurityProducts is not null, f.InstalledSoftware is not null, av is not null, av?.Enabled,
                av?.RealTimeProtection, av?.SignatureDate is { } s ? DateOnly.FromDateTime(s).DayNumber : null, av?.SignaturesUpToDate,
                av?.LastScanAt is { } l ? DateOnly.FromDateTime(l).DayNumber : null, PeerInput.Installed(f, "Bkav Endpoint"),
                PeerInput.Installed(f, "Bkav EDR"), f.Hotfixes is not null,
            ];
            for (var p = 0; p < values.Length; p++)
            {
                insert.Parameters[p].Value = values[p] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            foreach (var kb in f.Hotfixes ?? [])
            {
                hotfix.Parameters[0].Value = i;
                hotfix.Parameters[1].Value = kb;
                hotfix.ExecuteNonQuery();
            }
        }

        Exec(connection, "COMMIT");
        Exec(connection, "ANALYZE");
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var p = 0; p < parameters; p++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + p, null));
        }

        command.Prepare();
        return command;
    }

    private static void Exec(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
