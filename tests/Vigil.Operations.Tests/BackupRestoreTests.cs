using System.IO.Compression;
using Vigil.TestKit;

namespace Vigil.Operations.Tests;

/// <summary><c>vigil-server backup</c> and <c>restore</c> run as real processes next to a real server on SQLite.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_while_running_then_restore_brings_back_exactly_the_backed_up_data_and_files()
    {
        using var temp = new TempDirectory();
        var dataDirectory = temp.Combine("data");
        var data = $"--Storage:DataDirectory={dataDirectory}";
        var backup = temp.Combine("backup.zip");
        var storedFile = Path.Combine(dataDirectory, "files", "sub", "x.txt");
        string token;

        await using (var server = await ServerProcess.StartAsync(temp.Path, "a", data))
        {
            token = await WebSession.AdminTokenAsync(server);
            using var api = WebSession.Api(server, token);
            await WebSession.CreateRootUnitAsync(api, "BK-1", "Có trong bản sao 1");
            await WebSession.CreateRootUnitAsync(api, "BK-2", "Có trong bản sao 2");
            Directory.CreateDirectory(Path.GetDirectoryName(storedFile)!);
            await File.WriteAllTextAsync(storedFile, "tệp đính kèm");

            var backedUp = await ServerCli.RunAsync(temp.Path, "backup", backup, data);
            Assert.True(backedUp.ExitCode == 0, $"backup: {backedUp}{Environment.NewLine}{server.Describe()}");
            Assert.True(File.Exists(backup), $"No {backup}: {backedUp}");

            // Changes after the backup, which the restore must undo.
            await WebSession.CreateRootUnitAsync(api, "AFTER", "Tạo sau bản sao");
            File.Delete(storedFile);
            Assert.Equal(["AFTER", "BK-1", "BK-2"], await WebSession.UnitCodesAsync(api));

            await server.StopAsync();
        }

        var restored = await ServerCli.RunAsync(temp.Path, "restore", backup, data);
        Assert.True(restored.ExitCode == 0, $"restore: {restored}");

        await using (var server = await ServerProcess.StartAsync(temp.Path, "a", data))
        {
            using var api = WebSession.Api(server, token);
            var codes = await WebSession.UnitCodesAsync(api);
            Assert.True(codes.SequenceEqual(["BK-1", "BK-2"]), $"Units after restore: {string.Join(", ", codes)}{Environment.NewLine}{server.Describe()}");
            Assert.True(File.Exists(storedFile), "The stored file did not come back.");
            Assert.Equal("tệp đính kèm", await File.ReadAllTextAsync(storedFile));
        }
    }

    [Fact]
    public async Task Restore_refuses_while_a_server_holds_the_data_folder_and_changes_nothing()
    {
        using var temp = new TempDirectory();
        var dataDirectory = temp.Combine("data");
        var data = $"--Storage:DataDirectory={dataDirectory}";
        var backup = temp.Combine("backup.zip");

        await using var server = await ServerProcess.StartAsync(temp.Path, "a", data);
        var token = await WebSession.AdminTokenAsync(server);
        using var api = WebSession.Api(server, token);
        await WebSession.CreateRootUnitAsync(api, "OLD", "Trước bản sao");
        var backedUp = await ServerCli.RunAsync(temp.Path, "backup", backup, data);
        Assert.True(backedUp.ExitCode == 0, $"backup: {backedUp}");
        await WebSession.CreateRootUnitAsync(api, "NEW", "Sau bản sao");
        var marker = Path.Combine(dataDirectory, "files", "marker.txt");
        await File.WriteAllTextAsync(marker, "still here");

        var refused = await ServerCli.RunAsync(temp.Path, "restore", backup, data);

        Assert.True(refused.ExitCode == 1, $"restore while running: {refused}");
        Assert.Contains("A server is running on", refused.StandardError, StringComparison.Ordinal);
        Assert.Contains("stop it before restoring", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(["NEW", "OLD"], await WebSession.UnitCodesAsync(api));
        Assert.True(File.Exists(marker), "restore removed a stored file although it refused.");
        Assert.Empty(Directory.GetDirectories(dataDirectory, "restore-*"));
        Assert.False(server.HasExited, server.Describe());
    }

    [Fact]
    public async Task Restore_of_a_missing_file_a_foreign_zip_or_a_damaged_archive_fails_with_a_precise_message()
    {
        using var temp = new TempDirectory();
        var dataDirectory = temp.Combine("data");
        var data = $"--Storage:DataDirectory={dataDirectory}";

        var missing = temp.Combine("nope.zip");
        var outcome = await ServerCli.RunAsync(temp.Path, "restore", missing, data);
        Assert.True(outcome.ExitCode != 0, $"missing file: {outcome}");
        Assert.Equal($"{missing}: no such file.", outcome.StandardError);

        var foreign = temp.Combine("photos.zip");
        using (var zip = ZipFile.Open(foreign, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("holiday.txt");
            await using var stream = entry.Open();
            await stream.WriteAsync("not a backup"u8.ToArray());
        }

        outcome = await ServerCli.RunAsync(temp.Path, "restore", foreign, data);
        Assert.True(outcome.ExitCode != 0, $"foreign zip: {outcome}");
        Assert.Equal($"{foreign}: not a Vigil backup (missing manifest.json or vigil.db).", outcome.StandardError);

        var damaged = temp.Combine("damaged.zip");
        await File.WriteAllTextAsync(damaged, "this is not a zip archive at all");
        outcome = await ServerCli.RunAsync(temp.Path, "restore", damaged, data);
        Assert.True(outcome.ExitCode != 0, $"damaged archive: {outcome}");
        Assert.StartsWith($"{damaged}: damaged archive (", outcome.StandardError, StringComparison.Ordinal);

        Assert.False(File.Exists(Path.Combine(dataDirectory, "vigil.db")), "A failed restore created a database.");
    }

    [Fact]
    public async Task Backup_on_postgres_points_to_pg_dump_and_exits_2()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("pg.zip");

        var outcome = await ServerCli.RunAsync(temp.Path, "backup", file, "--Storage:Provider=Postgres", "--Storage:ConnectionString=Host=127.0.0.1;Database=unused");

        Assert.True(outcome.ExitCode == 2, $"backup on Postgres: {outcome}");
        Assert.Contains("pg_dump", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
