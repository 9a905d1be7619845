using System.Diagnostics;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>
/// Runs a real validator (nft, iptables-restore, ipset, named-checkzone, unbound-checkconf) on a generated file.
/// Firewall tools run under <c>unshare -n</c>, in a fresh network namespace, so the host's rules are never touched.
/// A missing tool fails the test with the Debian package to install: a validation that did not run is not a pass.
/// </summary>
internal static class RealTool
{
    public sealed record Result(int ExitCode, string Output)
    {
        public void AssertOk(string what) => Assert.True(ExitCode == 0, $"{what} rejected the generated file (exit {ExitCode}):\n{Output}");

        public void AssertRejected(string what) => Assert.True(ExitCode != 0, $"{what} accepted a deliberately broken file, so the check proves nothing:\n{Output}");
    }

    public static Result Run(string package, string tool, IReadOnlyList<string> arguments, string? stdinFile = null, bool isolateNetwork = false)
    {
        var path = Find(tool) ?? throw new Xunit.Sdk.XunitException($"{tool} is not installed: apt-get install -y --no-install-recommends {package} (test.sh installs it)");
        var start = new ProcessStartInfo
        {
            FileName = isolateNetwork ? Find("unshare") ?? throw new Xunit.Sdk.XunitException("unshare is not installed: apt-get install util-linux") : path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdinFile is not null,
            UseShellExecute = false,
        };
        if (isolateNetwork)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(path);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdinFile is not null)
        {
            using (var input = File.OpenRead(stdinFile))
            {
                input.CopyTo(process.StandardInput.BaseStream);
            }

            process.StandardInput.Close();
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find(string tool)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"]);
        return directories.Where(d => d.Length > 0).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
    }
}
