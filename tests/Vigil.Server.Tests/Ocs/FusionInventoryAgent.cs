using System.Diagnostics;
using System.Text;

namespace Vigil.Server.Tests.Ocs;

/// <summary>
/// Runs the real fusioninventory-agent (Debian package, installed by ./test.sh) once against a server, with a private
/// state folder: the agent takes its var dir only from its compiled-in <c>setup.pm</c>, so a copy pointing at a temp
/// folder is loaded first (<c>perl -I dir -Msetup</c>) and the machine's /var/lib/fusioninventory-agent is left alone.
/// </summary>
internal sealed class FusionInventoryAgent : IDisposable
{
    public const string Program = "/usr/bin/fusioninventory-agent";
    private const string Library = "/usr/share/fusioninventory/lib";

    private readonly string _dir;

    private FusionInventoryAgent(string dir) => _dir = dir;

    public static FusionInventoryAgent Create()
    {
        // Missing is a failure, not a skip: this test is the proof that real agents can talk to Vigil.
        Assert.True(File.Exists(Program), $"{Program} is missing: install the Debian package fusioninventory-agent (./test.sh and .ci/run do).");
        var dir = Path.Combine(Path.GetTempPath(), "vigil-fusioninventory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "var"));
        File.WriteAllText(Path.Combine(dir, "setup.pm"), $$"""
            package setup;
            use strict;
            use warnings;
            use parent qw(Exporter);
            our @EXPORT = ('%setup');
            our %setup = (
                datadir => '/usr/share/fusioninventory',
                libdir  => '{{Library}}',
                vardir  => '{{Path.Combine(dir, "var")}}',
            );
            1;
            """);
        // An empty configuration file: nothing from /etc/fusioninventory (a server URL, a tag) leaks into the run.
        File.WriteAllText(Path.Combine(dir, "agent.cfg"), "");
        return new FusionInventoryAgent(dir);
    }

    /// <summary>One inventory sent to <paramref name="server"/>; returns the exit code and everything the agent logged.</summary>
    /// <param name="compress">False runs with <c>--no-compression</c>: plain XML as application/xml.</param>
    public async Task<(int ExitCode, string Log)> RunAsync(Uri server, string tag, bool compress = true)
    {
        var start = new ProcessStartInfo("perl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-I", _dir, "-Msetup", Program,
            "--server", server.ToString(),
            "--tag", tag,
            "--conf-file", Path.Combine(_dir, "agent.cfg"),
            // Only the inventory: no Wake-on-LAN, no remote WMI, no maintenance; no listening web interface.
            "--tasks", "inventory",
            "--no-httpd",
            "--logger", "stderr",
            "--timeout", "60",
            // Environment and process lists can hold secrets of the build machine and are not mapped anyway.
            "--no-category", "environment,process",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (!compress)
        {
            start.ArgumentList.Add("--no-compression");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("perl did not start");
        var log = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("fusioninventory-agent did not finish within 5 minutes: " + await stderr);
        }

        log.Append(await stdout).Append(await stderr);
        return (process.ExitCode, log.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
