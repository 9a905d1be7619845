using Microsoft.EntityFrameworkCore;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Alerts;

public class WatchedFolderTests() : TwoBranchServerTests(Args), IDisposable
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("vigil-watch-").FullName;

    private static readonly string[] Args = ["--Vigil:Hunting:WatchedFolders:0:Path=" + Folder, "--Vigil:Hunting:WatchedFolders:0:Unit=A", "--Vigil:Hunting:WatchInterval=00:00:00.100"];

    [Fact]
    public async Task New_files_and_appended_lines_are_hunted_once_and_a_rotated_file_is_not_hunted_again()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        var quiet = string.Concat(Enumerable.Range(1, 20).Select(i => $"Jun  2 08:29:{i:00} fw01 : %ASA-4-106023: Deny udp src inside:10.1.2.51/53000 dst outside:11.2.3.{i}/53 by access-group \"inside_in\"\n"));
        var hit = "Jun  2 08:30:01 fw01 : %ASA-4-106023: Deny tcp src inside:10.9.0.1/50100 dst outside:185.220.101.1/443 by access-group \"inside_in\"\n";
        var current = Path.Combine(Folder, "asa.log");
        await File.WriteAllTextAsync(current, quiet + hit);
        await SyslogTests.WaitForCountAsync(Server, api, 1);

        await File.AppendAllTextAsync(current, hit + "Jun  2 08:30:09 fw01 : a line still being writ");
        await SyslogTests.WaitForCountAsync(Server, api, 2);

        // Rotation: the file is renamed and a new one starts under the old name.
        File.Move(current, Path.Combine(Folder, "asa.log.1"));
        await File.WriteAllTextAsync(current, hit + quiet);
        await SyslogTests.WaitForCountAsync(Server, api, 3);
        await AlertHost.RehuntAsync(Server);

        var logs = await Server.WithSystemDbAsync(db => db.RetainedLogs.AsNoTracking().Where(l => l.UnitId == World.A.Id).OrderBy(l => l.ReceivedAt).ToListAsync());
        Assert.Equal([("asa.log", 22L), ("asa.log", 21L)], logs.Select(l => (l.Name, l.Lines)));
        Assert.Equal(3, (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items.Single().Count);
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
