using System.Diagnostics;

namespace Vigil.Cli.Tests;

/// <summary>
/// Publishes src/Vigil.Cli as the native executable once for the test class, exactly as docs/hunting.md tells a user
/// to (`dotnet publish src/Vigil.Cli -c Release -o DIR`), into a temporary folder. Ahead-of-time compilation drops
/// what reflection would find at run time, so only running the published program proves it works.
/// </summary>
public sealed class NativeVigil : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("vigil-native-").FullName;

    public NativeVigil()
    {
        var repository = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repository,
        };
        foreach (var arg in new[] { "publish", Path.Combine("src", "Vigil.Cli"), "-c", "Release", "-o", _output, "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("dotnet publish of the native vigil did not finish in 20 minutes");
        }

        Executable = Path.Combine(_output, OperatingSystem.IsWindows() ? "vigil.exe" : "vigil");
        if (process.ExitCode != 0 || !File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish of the native vigil failed ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
        }
    }

    public string Executable { get; }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Vigil.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside a Vigil checkout: no Vigil.slnx above " + AppContext.BaseDirectory);
    }
}
