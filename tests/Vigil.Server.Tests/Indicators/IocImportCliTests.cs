using Microsoft.EntityFrameworkCore;
using Vigil.Cli;

namespace Vigil.Server.Tests.Indicators;

/// <summary><c>vigil ioc import</c> against a real server: dry run stores nothing, a commit stores, --strict fails on rejected lines.</summary>
public sealed class IocImportCliTests() : TwoBranchServerTests()
{
    [Fact]
    public async Task IocImport_DryRun_Commit_Strict()
    {
        var file = Path.Combine(Server.DataDirectory, "cv-144.txt");
        await File.WriteAllTextAsync(file, IndicatorHost.Letter);
        var token = await Server.CreateTokenAsync("coord.p");
        string[] common = ["ioc", "import", "--server", Server.BaseAddress.ToString(), "--token", token, "--unit", World.Province.Id.ToString()];

        var (code, output, errors) = await RunAsync([.. common, "--dry-run", file]);
        Assert.True(code == 0, errors);
        Assert.Contains("cv-144.txt: PlainText, 5 imported, 1 skipped, 1 rejected", output);
        Assert.Contains("rejected cv-144.txt:7", output);
        Assert.Contains("warning Ipv4 10.20.30.40: ip.private", output);
        Assert.Contains("dry run: nothing stored", output);
        Assert.Equal(0, await Server.WithSystemDbAsync(db => db.Indicators.CountAsync(i => i.UnitId == World.Province.Id)));

        (code, output, errors) = await RunAsync([.. common, "--strict", file]);
        Assert.Equal(1, code);
        Assert.Contains("committed as import", output);
        Assert.Equal(5, await Server.WithSystemDbAsync(db => db.Indicators.CountAsync(i => i.UnitId == World.Province.Id)));

        (code, _, errors) = await RunAsync([.. common, file]);
        Assert.True(code == 0, errors);
        Assert.Equal(5, await Server.WithSystemDbAsync(db => db.Indicators.CountAsync(i => i.UnitId == World.Province.Id)));

        // A unit officer of A cannot import into B: the server's refusal is printed and the run fails.
        var officer = await Server.CreateTokenAsync("officer.a");
        (code, _, errors) = await RunAsync(["ioc", "import", "--server", Server.BaseAddress.ToString(), "--token", officer, "--unit", World.B.Id.ToString(), file]);
        Assert.Equal(1, code);
        Assert.Contains("unit.not_found", errors);
        Assert.Equal(2, (await RunAsync(["ioc", "import", "--server", Server.BaseAddress.ToString(), file])).Code);
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(string[] args) => Task.Run(() =>
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApplication.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    });
}
