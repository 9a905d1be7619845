using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vigil.Bench.DeviceParse;

internal sealed record PeerResult(double? Seconds, int? Versions, string Description);

/// <summary>The named peers, each run as its own process on the corpus file; each reports its own parse time.</summary>
internal static class Peers
{
    /// <summary>python3-textfsm (Debian package) with the templates in textfsm/; the script times only its parse loop.</summary>
    public static PeerResult TextFsm(string corpusFile, string templates)
    {
        const string python = "/usr/bin/python3";
        var version = Run(python, ["-c", "import textfsm, importlib.metadata as m; print(m.version('textfsm'))"]);
        if (version is null)
        {
            return new PeerResult(null, 0, "python3-textfsm not installed (apt-get install python3-textfsm)");
        }

        var output = Run(python, [Path.Combine(AppContext.BaseDirectory, "textfsm_peer.py"), corpusFile, templates]);
        if (output is null)
        {
            return new PeerResult(null, 0, "textfsm peer failed");
        }

        var parts = output.Trim().Split(' ');
        return new PeerResult(double.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            $"python3-textfsm {version.Trim()} on {Run(python, ["--version"])?.Trim()}");
    }

    /// <summary>GNU grep -E over the concatenated corpus, printing every line that holds a field (version, hostname, model, serial, image…).</summary>
    public static PeerResult Grep(IReadOnlyList<CorpusEntry> corpus, string file)
    {
        File.WriteAllText(file, string.Join('\n', corpus.Select(c => c.Text)), new UTF8Encoding(false));
        string[] patterns =
        [
            @"^Cisco (IOS|IOS XE|Adaptive Security Appliance) Software.*Version [^ ,]+",
            @"^ *(NXOS|system): +version ",
            @"^Product Version\.+ ",
            @"^ *(SW version|Version:) ",
            @"^[^ ]+ (uptime is|up [0-9])",
            @"^ *(Device name|System Name)[:.]",
            @"^System image file is|image file is:",
            @"^[Cc]isco [^ ]+ .*(processor|bytes of memory|[Cc]hassis)",
            @"(Model [Nn]umber|System [Ss]erial [Nn]umber|Processor [Bb]oard ID|Serial Number:)",
            @"^(NAME|Name): |^PID: ",
            @"^Last reload reason:|^Configuration register is",
        ];
        var args = new List<string> { "-E", "-c" };
        foreach (var pattern in patterns)
        {
            args.Add("-e");
            args.Add(pattern);
        }

        args.Add(file);
        var clock = Stopwatch.StartNew();
        var output = Run("grep", args);
        clock.Stop();
        var grepVersion = Run("grep", ["--version"])?.Split('\n')[0];
        return output is null
            ? new PeerResult(null, 0, "grep failed")
            : new PeerResult(clock.Elapsed.TotalSeconds, null, $"{grepVersion} ({output.Trim()} matching lines; process start included)");
    }

    private static string? Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode is 0 or 1 && stdout.Length > 0 ? stdout : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
